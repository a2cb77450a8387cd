package com.ptpractice.scheduling.assignments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.eligibility.CredentialingDecisions;
import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts therapists to work at clinics and records their time off.
 *
 * <p>
 * "Never at two clinics in the same hour" spans rows and zones, which no single
 * constraint expresses, so it is checked in a transaction that first takes an advisory
 * lock per therapist ({@code pg_advisory_xact_lock}): two administrators assigning the
 * same therapist at once are serialised, and the second sees the first's assignment.
 */
@Service
public class AssignmentService {

	private static final Logger log = LoggerFactory.getLogger(AssignmentService.class);

	private final Assignments assignments;

	private final TimeOffs timeOffs;

	private final ClinicService clinics;

	private final CredentialingDecisions credentialing;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AssignmentService(Assignments assignments, TimeOffs timeOffs, ClinicService clinics,
			CredentialingDecisions credentialing, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.assignments = assignments;
		this.timeOffs = timeOffs;
		this.clinics = clinics;
		this.credentialing = credentialing;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Assignment assign(UUID clinicId, UUID therapistId, LocalDate from, @Nullable LocalDate until,
			List<WeeklyHours> hours, String actor) {
		Clinic clinic = this.clinics.get(clinicId);
		checkHours(hours);
		if (until != null && until.isBefore(from)) {
			throw new InvalidFieldException("effectiveUntil", "must not be before effectiveFrom");
		}
		this.credentialing.requireTherapist(therapistId, "therapistId");
		Assignment assignment = Assignment.create(therapistId, clinicId, from, until, hours, actor,
				this.clock.instant());
		return this.transaction.execute((status) -> {
			lockTherapist(therapistId);
			refuseClashes(assignment, clinic);
			return this.assignments.save(assignment);
		});
	}

	public List<Assignment> atClinic(UUID clinicId) {
		this.clinics.get(clinicId);
		return this.assignments.findByClinicIdOrderByEffectiveFrom(clinicId);
	}

	public TimeOff recordTimeOff(UUID therapistId, Instant startsAt, Instant endsAt, @Nullable String reason,
			String actor) {
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidFieldException("endsAt", "must be after startsAt");
		}
		return this.timeOffs.save(TimeOff.record(therapistId, startsAt, endsAt, reason, actor, this.clock.instant()));
	}

	/**
	 * The therapist's time off that has not ended by {@code after} (now when null),
	 * earliest first, at most 100 stretches.
	 */
	public List<TimeOff> upcomingTimeOff(UUID therapistId, @Nullable Instant after) {
		return this.timeOffs.findTop100ByTherapistIdAndEndsAtAfterOrderByStartsAt(therapistId,
				(after != null) ? after : this.clock.instant());
	}

	/**
	 * Removes time off that has not ended yet (a therapist back early, or time off
	 * recorded by mistake); time off that is over stays as it was.
	 */
	public void removeTimeOff(UUID therapistId, UUID timeOffId, String actor) {
		TimeOff off = this.timeOffs.findById(timeOffId)
			.filter((found) -> found.therapistId().equals(therapistId))
			.orElseThrow(() -> new NotFoundException("time off of this therapist", timeOffId));
		if (!off.endsAt().isAfter(this.clock.instant())) {
			throw new ConflictException("time-off-over", "Time off already over",
					"This time off ended at " + off.endsAt() + "; time off that is over is kept as it was.");
		}
		this.timeOffs.delete(off);
		log.info("Time off {} of therapist {} removed by {}", timeOffId, therapistId, actor);
	}

	/**
	 * Whether {@code [startsAt, endsAt)} lies within one stretch of the therapist's
	 * weekly hours at the clinic (in the clinic's zone, on the clinic-local date the
	 * visit starts) and outside their time off.
	 */
	public boolean worksThroughout(UUID therapistId, Clinic clinic, Instant startsAt, Instant endsAt) {
		return this.jdbc
			.sql("""
					SELECT EXISTS (
					    SELECT 1
					    FROM assignment a
					    JOIN weekly_hours h ON h.assignment_id = a.id
					    CROSS JOIN LATERAL (SELECT (CAST(:startsAt AS timestamptz) AT TIME ZONE :zone)::date AS day) d
					    WHERE a.therapist_id = :therapistId AND a.clinic_id = :clinicId
					      AND d.day >= a.effective_from AND (a.effective_until IS NULL OR d.day <= a.effective_until)
					      AND h.day_of_week = extract(isodow FROM d.day)
					      AND tstzrange((d.day + h.start_time) AT TIME ZONE :zone, (d.day + h.end_time) AT TIME ZONE :zone)
					          @> tstzrange(CAST(:startsAt AS timestamptz), CAST(:endsAt AS timestamptz)))
					  AND NOT EXISTS (
					    SELECT 1 FROM time_off t
					    WHERE t.therapist_id = :therapistId AND t.during && tstzrange(CAST(:startsAt AS timestamptz), CAST(:endsAt AS timestamptz)))
					""")
			.param("therapistId", therapistId)
			.param("clinicId", clinic.id())
			.param("zone", clinic.zoneId().getId())
			.param("startsAt", OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC))
			.param("endsAt", OffsetDateTime.ofInstant(endsAt, ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

	/** Whether the therapist has time off during any of {@code [startsAt, endsAt)}. */
	public boolean offDuring(UUID therapistId, Instant startsAt, Instant endsAt) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM time_off t WHERE t.therapist_id = :therapistId
				    AND t.during && tstzrange(CAST(:startsAt AS timestamptz), CAST(:endsAt AS timestamptz)))""")
			.param("therapistId", therapistId)
			.param("startsAt", OffsetDateTime.ofInstant(startsAt, ZoneOffset.UTC))
			.param("endsAt", OffsetDateTime.ofInstant(endsAt, ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}

	private void lockTherapist(UUID therapistId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "therapist:" + therapistId)
			.query((rs, row) -> 1)
			.list();
	}

	private void refuseClashes(Assignment assignment, Clinic clinic) {
		for (Assignment other : this.assignments.findByTherapistId(assignment.therapistId())) {
			Clinic otherClinic = this.clinics.get(other.clinicId());
			assignment.firstClashWith(other, clinic.zoneId(), otherClinic.zoneId()).ifPresent((day) -> {
				throw new ConflictException("assignment-overlap", "Therapist already working then",
						"On " + day + " these hours overlap the therapist's hours at clinic " + other.clinicId()
								+ ". A therapist cannot work at two clinics in the same hour.");
			});
		}
	}

	private static void checkHours(List<WeeklyHours> hours) {
		if (hours.isEmpty()) {
			throw new InvalidFieldException("hours", "must name at least one weekly stretch");
		}
		for (int i = 0; i < hours.size(); i++) {
			WeeklyHours stretch = hours.get(i);
			String field = "hours[" + i + "]";
			if (!stretch.startTime().isBefore(stretch.endTime())) {
				throw new InvalidFieldException(field + ".endTime", "must be after startTime");
			}
			if (!onQuarterHour(stretch.startTime()) || !onQuarterHour(stretch.endTime())) {
				throw new InvalidFieldException(field, "must start and end on the quarter hour");
			}
			for (int j = 0; j < i; j++) {
				if (hours.get(j).overlaps(stretch)) {
					throw new InvalidFieldException(field, "overlaps hours[" + j + "]");
				}
			}
		}
	}

	private static boolean onQuarterHour(LocalTime time) {
		return time.getMinute() % 15 == 0 && time.getSecond() == 0 && time.getNano() == 0;
	}

}
