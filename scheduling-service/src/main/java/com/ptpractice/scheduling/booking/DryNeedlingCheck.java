package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.context.ContextSnapshotFactory;

import com.ptpractice.scheduling.clinics.Clinic;
import com.ptpractice.scheduling.eligibility.CredentialingDecisions;
import com.ptpractice.scheduling.eligibility.PatientDecisions;
import com.ptpractice.scheduling.eligibility.Decision;
import com.ptpractice.scheduling.eligibility.Reason;
import com.ptpractice.scheduling.problems.DependencyUnavailableException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The needling rule as this service enforces it, whatever the gateway did: the
 * therapist's eligibility (credentialing), the patient's readiness (patient service) and
 * this service's own evaluation-first rule, all at the visit's start instant. Every
 * failed reason is collected; a dependency that cannot answer fails the booking (503).
 * The two services are asked at the same time (the therapist's question on a virtual
 * thread that carries the trace context), and the evaluation is looked up meanwhile: the
 * check costs the slower answer, not the sum.
 */
@Component
class DryNeedlingCheck implements DisposableBean {

	static final Reason NO_PRIOR_EVALUATION = new Reason("NO_PRIOR_EVALUATION",
			"The patient needs an initial evaluation at the practice before a dry-needling visit.");

	private final CredentialingDecisions credentialing;

	private final PatientDecisions patients;

	private final AppointmentInserts appointments;

	private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

	private final ContextSnapshotFactory context = ContextSnapshotFactory.builder().build();

	DryNeedlingCheck(CredentialingDecisions credentialing, PatientDecisions patients, AppointmentInserts appointments) {
		this.credentialing = credentialing;
		this.patients = patients;
		this.appointments = appointments;
	}

	void require(UUID patientId, UUID therapistId, Clinic clinic, Instant startsAt) {
		Future<Decision> therapist = this.calls.submit(this.context.captureAll()
			.wrap(() -> this.credentialing.dryNeedling(therapistId, clinic.state(), startsAt, clinic.zoneId())));
		List<Reason> reasons = new ArrayList<>();
		try {
			Decision patient = this.patients.dryNeedlingReadiness(patientId, startsAt);
			boolean evaluated = this.appointments.hasEvaluationBefore(patientId, startsAt);
			reasons.addAll(answer(therapist).reasonsIfNot());
			reasons.addAll(patient.reasonsIfNot());
			if (!evaluated) {
				reasons.add(NO_PRIOR_EVALUATION);
			}
		}
		finally {
			therapist.cancel(true);
		}
		if (!reasons.isEmpty()) {
			throw new DryNeedlingNotAllowedException(reasons);
		}
	}

	/** The therapist's decision, or what asking for it threw (a 503 stays a 503). */
	private static Decision answer(Future<Decision> therapist) {
		try {
			return therapist.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new DependencyUnavailableException("credentialing service", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DependencyUnavailableException("credentialing service", ex);
		}
	}

	@Override
	public void destroy() {
		this.calls.shutdownNow();
	}

}
