package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.eligibility.CredentialingDecisions;
import com.ptpractice.scheduling.eligibility.PatientDecisions;
import com.ptpractice.scheduling.eligibility.Reason;

import org.springframework.stereotype.Component;

/**
 * The needling rule as this service enforces it, whatever the gateway did: the
 * therapist's eligibility (credentialing), the patient's readiness (patient service) and
 * this service's own evaluation-first rule, all at the visit's start instant. Every
 * failed reason is collected; a dependency that cannot answer fails the booking (503).
 */
@Component
class DryNeedlingCheck {

	static final Reason NO_PRIOR_EVALUATION = new Reason("NO_PRIOR_EVALUATION",
			"The patient needs an initial evaluation at the practice before a dry-needling visit.");

	private final CredentialingDecisions credentialing;

	private final PatientDecisions patients;

	private final AppointmentInserts appointments;

	DryNeedlingCheck(CredentialingDecisions credentialing, PatientDecisions patients, AppointmentInserts appointments) {
		this.credentialing = credentialing;
		this.patients = patients;
		this.appointments = appointments;
	}

	void require(UUID patientId, UUID therapistId, Clinic clinic, Instant startsAt) {
		List<Reason> reasons = new ArrayList<>();
		reasons.addAll(
				this.credentialing.dryNeedling(therapistId, clinic.state(), startsAt, clinic.zoneId()).reasonsIfNot());
		reasons.addAll(this.patients.dryNeedlingReadiness(patientId, startsAt).reasonsIfNot());
		if (!this.appointments.hasEvaluationBefore(patientId, startsAt)) {
			reasons.add(NO_PRIOR_EVALUATION);
		}
		if (!reasons.isEmpty()) {
			throw new DryNeedlingNotAllowedException(reasons);
		}
	}

}
