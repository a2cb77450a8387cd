package com.ptpractice.scheduling.visits;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.scheduling.booking.AppointmentViews;
import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.eligibility.TherapistLogins;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The signed-in person's own visits. Who they are is settled before anything is read: a
 * therapist's login must be linked to a therapist (credentialing answers, as the caller,
 * which one; unlinked is 403, no answer 503), a patient's login to a patient record (the
 * patient service answers; none is 404).
 */
@Service
public class MyVisits {

	private final AppointmentViews views;

	private final TherapistLogins therapistLogins;

	private final ClinicService clinics;

	private final TherapistNames therapistNames;

	MyVisits(AppointmentViews views, TherapistLogins therapistLogins, ClinicService clinics,
			TherapistNames therapistNames) {
		this.views = views;
		this.therapistLogins = therapistLogins;
		this.clinics = clinics;
		this.therapistNames = therapistNames;
	}

	/** A therapist's own visits starting in [from, to) (at most 31 days), by start. */
	public List<Visit> ofSignedInTherapist(@Nullable Instant from, @Nullable Instant to) {
		if (from == null) {
			throw new InvalidFieldException("from", "is required");
		}
		if (to == null) {
			throw new InvalidFieldException("to", "is required");
		}
		UUID therapist = this.therapistLogins.therapistOfCaller();
		return described(this.views.therapistSchedule(therapist, from, to));
	}

	/**
	 * A patient's own visits (the latest 200), by start; with from or to only those
	 * starting in that range.
	 */
	public List<Visit> ofSignedInPatient(String bearerToken, @Nullable Instant from, @Nullable Instant to) {
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidFieldException("to", "must be after from");
		}
		List<ScheduledAppointment> own = this.views.ofSignedInPatient(bearerToken, null)
			.stream()
			.filter((s) -> from == null || !s.appointment().startsAt().isBefore(from))
			.filter((s) -> to == null || s.appointment().startsAt().isBefore(to))
			.sorted((a, b) -> a.appointment().startsAt().compareTo(b.appointment().startsAt()))
			.toList();
		return described(own);
	}

	private List<Visit> described(List<ScheduledAppointment> scheduled) {
		Map<UUID, Clinic> clinicsById = new HashMap<>();
		Map<UUID, String> names = scheduled.isEmpty() ? Map.of()
				: this.therapistNames.namesOf(scheduled.stream().map((s) -> s.appointment().therapistId()).toList());
		return scheduled.stream().map((s) -> {
			Clinic clinic = clinicsById.computeIfAbsent(s.appointment().clinicId(), this.clinics::get);
			return new Visit(s, clinic, names.get(s.appointment().therapistId()));
		}).toList();
	}

}
