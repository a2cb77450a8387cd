package com.ptpractice.scheduling.clinics;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.common.web.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, changes and finds clinics.
 */
@Service
@Transactional
public class ClinicService {

	private final Clinics clinics;

	private final ClinicLocks locks;

	private final ClinicVisits visits;

	private final Clock clock;

	private final JdbcClient jdbc;

	ClinicService(Clinics clinics, ClinicLocks locks, ClinicVisits visits, Clock clock, JdbcClient jdbc) {
		this.clinics = clinics;
		this.locks = locks;
		this.visits = visits;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	public Clinic open(ClinicDetails details) {
		return this.clinics.save(Clinic.open(details));
	}

	/**
	 * Changes the clinic as read at {@code version} (else a 409 version conflict). Its
	 * state or zone change only while no live visit there lies ahead (else
	 * {@link ClinicHasFutureVisits}); bookings there wait for the change.
	 */
	public Clinic change(UUID id, ClinicDetails details, int version) {
		this.locks.exclusive(id);
		Clinic clinic = get(id);
		if (clinic.version() != version) {
			throw new OptimisticLockingFailureException("clinic " + id + " is at version " + clinic.version());
		}
		if (!clinic.state().equals(details.state()) || !clinic.zoneId().equals(details.zoneId())) {
			long affected = this.visits.liveEndingAfter(id, this.clock.instant());
			if (affected > 0) {
				throw new ClinicHasFutureVisits(affected);
			}
		}
		clinic.change(details);
		return this.clinics.save(clinic);
	}

	/**
	 * Passes if the clinic takes bookings; else a 409: an inactive clinic takes no
	 * booking or reschedule.
	 */
	public static void requireActive(Clinic clinic) {
		if (!clinic.isActive()) {
			throw new ConflictException("clinic-inactive", "Clinic closed for booking",
					"This clinic is inactive and takes no bookings or reschedules. Book at another clinic, or ask a "
							+ "practice administrator to reactivate it.");
		}
	}

	/**
	 * Inside a booking's transaction: holds the clinic (shared with other bookings) until
	 * the booking commits, and passes if it is still active and still in the state and
	 * zone the booking was checked in ({@code asChecked}); a 409 otherwise.
	 */
	public void holdForBooking(Clinic asChecked) {
		this.locks.shared(asChecked.id());
		Clinic clinic = get(asChecked.id());
		requireActive(clinic);
		if (!clinic.state().equals(asChecked.state()) || !clinic.zoneId().equals(asChecked.zoneId())) {
			throw new ConflictException("clinic-changed", "Clinic changed",
					"The clinic's state or time zone changed while this was being booked. Try again.");
		}
	}

	/**
	 * The clinic; one statement, so inside a caller's transaction it joins it and outside
	 * runs on its own (a read-only transaction of its own added a COMMIT round trip to
	 * every booking: issue 15's profile). The repository's {@code findById} is declared
	 * the same way: Spring Data's own opened that transaction whatever this method says.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Clinic get(UUID id) {
		return this.clinics.findById(id).orElseThrow(() -> new NotFoundException("clinic", id));
	}

	/**
	 * One page of the clinics in the state (every state when null) whose name or city
	 * contains the text (every clinic when blank), by name, with the count of all
	 * matching.
	 */
	@Transactional(readOnly = true)
	public Page<Clinic> list(@Nullable String state, @Nullable String text, int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by("name", "id"));
		String words = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (words.isEmpty()) {
			return (state == null) ? this.clinics.findAll(request)
					: this.clinics.findByState(checkedState("state", state), request);
		}
		Map<String, Object> params = new HashMap<>();
		String literal = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		params.put("contains", "%" + literal + "%");
		String where = "WHERE (lower(name) LIKE :contains ESCAPE '\\' OR lower(city) LIKE :contains ESCAPE '\\')";
		if (state != null) {
			params.put("state", checkedState("state", state));
			where += " AND state = :state";
		}
		long total = this.jdbc.sql("SELECT count(*) FROM clinic " + where).params(params).query(Long.class).single();
		List<UUID> ids = this.jdbc
			.sql("SELECT id FROM clinic " + where + " ORDER BY name, id LIMIT :size OFFSET :offset")
			.params(params)
			.param("size", request.getPageSize())
			.param("offset", request.getOffset())
			.query(UUID.class)
			.list();
		Map<UUID, Clinic> found = new HashMap<>();
		this.clinics.findAllById(ids).forEach((clinic) -> found.put(clinic.id(), clinic));
		return new PageImpl<>(ids.stream().filter(found::containsKey).map(found::get).toList(), request, total);
	}

	/** The state code if it names a US state or DC, else a 400 naming the field. */
	public static String checkedState(String field, String state) {
		if (!UsStates.isKnown(state)) {
			throw new InvalidFieldException(field, "is not a two-letter US state or DC");
		}
		return state;
	}

}
