package com.ptpractice.patients.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ptpractice.patients.PatientApiTests;
import com.ptpractice.patients.screening.Contraindication;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening, clearance, consent and the readiness decision on the real database, the way
 * the front desk, therapists and the booking checks use them.
 */
class DryNeedlingReadinessIntegrationTests extends PatientApiTests {

	private static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

	@Test
	void aNewPatientIsNotReadyForEveryReasonAtOnce() {
		String id = registerPatient();

		assertThat(reasonCodes(readiness(id, TOMORROW, service()))).containsExactly("CONSENT_MISSING",
				"SCREENING_MISSING");
	}

	@Test
	void consentAndACleanScreeningMakeThePatientReadyUntilTheScreeningIsNinetyDaysOld() {
		String id = registerPatient();
		signConsent(id);
		recordScreening(id);

		readiness(id, TOMORROW, service()).expectBody()
			.jsonPath("$.eligible")
			.isEqualTo(true)
			.jsonPath("$.reasons.length()")
			.isEqualTo(0)
			.jsonPath("$.ruleVersion")
			.isEqualTo("PATIENT-READINESS-2")
			.jsonPath("$.evaluatedAt")
			.isEqualTo(TOMORROW.toString());
		assertThat(reasonCodes(readiness(id, Instant.now().plus(Duration.ofDays(91)), service())))
			.containsExactly("SCREENING_OUTDATED");
	}

	@Test
	void theInstantMayCarryAnyOffset() {
		String id = registerPatient();

		get("/patients/" + id + "/dry-needling-readiness?at=2026-12-01T10:00:00-07:00", service()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.evaluatedAt")
			.isEqualTo("2026-12-01T17:00:00Z");
	}

	@Test
	void anInstantWithoutAnOffsetIsA400NamingAt() {
		String id = registerPatient();

		get("/patients/" + id + "/dry-needling-readiness?at=2026-12-01T10:00:00", service()).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("at");
	}

	@Test
	void aFlaggedContraindicationBlocksUntilATherapistClearsIt() {
		String id = registerPatient();
		signConsent(id);
		String screening = recordScreening(id, Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS);

		readiness(id, TOMORROW, frontDesk()).expectBody()
			.jsonPath("$.eligible")
			.isEqualTo(false)
			.jsonPath("$.reasons[0].code")
			.isEqualTo("CONTRAINDICATION_NOT_CLEARED")
			.jsonPath("$.reasons[0].message")
			.isEqualTo("Bleeding disorder or anticoagulants is flagged and not cleared by a therapist");

		post("/patients/" + id + "/screenings/" + screening + "/clearances", therapist(),
				"{\"contraindications\": [\"BLEEDING_DISORDER_OR_ANTICOAGULANTS\"], \"note\": \"INR stable\"}")
			.expectStatus()
			.isCreated();

		readiness(id, TOMORROW, frontDesk()).expectBody().jsonPath("$.eligible").isEqualTo(true);
	}

	@Test
	void aNewScreeningEndsTheEarlierClearanceAndTheOldScreeningCannotBeClearedAnyMore() {
		String id = registerPatient();
		signConsent(id);
		String first = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);
		clear(id, first, Contraindication.SEVERE_NEEDLE_FEAR).expectStatus().isCreated();
		recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);

		assertThat(reasonCodes(readiness(id, TOMORROW, therapist()))).containsExactly("CONTRAINDICATION_NOT_CLEARED");
		clear(id, first, Contraindication.SEVERE_NEEDLE_FEAR).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/screening-superseded");
	}

	@Test
	void clearingWhatWasNotFlaggedIsA400AndNothingIsStored() {
		String id = registerPatient();
		String screening = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);

		clear(id, screening, Contraindication.VASCULAR_CONCERNS).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("contraindications");
		assertThat(count("SELECT count(*) FROM clearance WHERE screening_id = ?", UUID.fromString(screening))).isZero();
	}

	@Test
	void clearingAnotherPatientsScreeningIsA404() {
		String screening = recordScreening(registerPatient(), Contraindication.SEVERE_NEEDLE_FEAR);

		clear(registerPatient(), screening, Contraindication.SEVERE_NEEDLE_FEAR).expectStatus().isNotFound();
	}

	@Test
	void aScreeningWithoutEveryAnswerIsA400AndNothingIsStored() {
		String id = registerPatient();
		String incomplete = screeningJson()
			.replace(", {\"contraindication\": \"VASCULAR_CONCERNS\", \"present\": false}", "");

		post("/patients/" + id + "/screenings", therapist(), incomplete).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("answers")
			.jsonPath("$.errors[0].message")
			.value(String.class, (message) -> assertThat(message).contains("VASCULAR_CONCERNS"));
		assertThat(count("SELECT count(*) FROM screening WHERE patient_id = ?", UUID.fromString(id))).isZero();
	}

	@Test
	void revokedConsentBlocksAndCannotBeRevokedTwice() {
		String id = registerPatient();
		String consent = signConsent(id);
		recordScreening(id);

		post("/patients/" + id + "/consents/" + consent + "/revocation", frontDesk(), "{\"reason\": \"Withdrew\"}")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revoked")
			.isEqualTo(true);

		assertThat(reasonCodes(readiness(id, TOMORROW, service()))).containsExactly("CONSENT_REVOKED");
		post("/patients/" + id + "/consents/" + consent + "/revocation", frontDesk(), "{\"reason\": \"Again\"}")
			.expectStatus()
			.isEqualTo(409);
		get("/patients/" + id + "/consents", therapist()).expectBody()
			.jsonPath("$[0].revocationReason")
			.isEqualTo("Withdrew");
	}

	@Test
	void consentSignedInTheFutureIsA400AndNothingIsStored() {
		String id = registerPatient();

		post("/patients/" + id + "/consents", frontDesk(), consentJson(Instant.now().plus(Duration.ofDays(1))))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("signedAt");
		assertThat(count("SELECT count(*) FROM consent WHERE patient_id = ?", UUID.fromString(id))).isZero();
	}

	@Test
	void theDatabaseKeepsConsentHistory() {
		String id = registerPatient();
		String consent = signConsent(id);

		assertThat(refused("DELETE FROM consent WHERE id = ?", UUID.fromString(consent))).isTrue();
		assertThat(refused("UPDATE consent SET signed_at = now() - interval '1 year' WHERE id = ?",
				UUID.fromString(consent)))
			.isTrue();
	}

	@Test
	void servicesAskingAboutAnUnknownPatientGetADecisionSayingSo() {
		assertThat(reasonCodes(readiness(UUID.randomUUID().toString(), TOMORROW, service())))
			.containsExactly("PATIENT_UNKNOWN");
	}

	@Test
	void aPatientMayAskAboutThemselvesButAnyOtherIdIsA404() {
		String subject = UUID.randomUUID().toString();
		String own = registerPatient();
		put("/patients/" + own + "/login", frontDesk(), "{\"subject\": \"" + subject + "\"}").expectStatus()
			.isNoContent();

		readiness(own, TOMORROW, patientLogin(subject)).expectStatus().isOk();
		readiness(registerPatient(), TOMORROW, patientLogin(subject)).expectStatus().isNotFound();
		readiness(UUID.randomUUID().toString(), TOMORROW, patientLogin(subject)).expectStatus().isNotFound();
		get("/patients/" + registerPatient() + "/screenings", patientLogin(subject)).expectStatus().isNotFound();
		get("/patients/" + own + "/screenings", patientLogin(subject)).expectStatus().isOk();
	}

	@Test
	void readinessChecksByServicesAreAuditedWithTheirClient() {
		String id = registerPatient();
		readiness(id, TOMORROW, service()).expectStatus().isOk();

		List<String> entries = this.jdbc
			.queryForList("SELECT actor_subject || ' ' || actor_role || ' ' || client_id FROM phi_access_log"
					+ " WHERE patient_id = ? AND action = 'READ_READINESS'", String.class, UUID.fromString(id));
		assertThat(entries).containsExactly(SERVICE_ACCOUNT + " SERVICE clinic-cli");
	}

	@Test
	void theDecisionDisclosesNoClinicalDetail() {
		String id = registerPatient();
		String detail = "secret-detail-" + UUID.randomUUID();
		post("/patients/" + id + "/screenings", therapist(), screeningJson(Contraindication.INFECTION_AT_SITE)
			.replace("\"present\": true", "\"present\": true, \"detail\": \"" + detail + "\"")).expectStatus()
			.isCreated();

		assertThat(body(readiness(id, TOMORROW, service()))).doesNotContain(detail).doesNotContain(id);
	}

	private ResponseSpec readiness(String patientId, Instant at, String token) {
		return get("/patients/" + patientId + "/dry-needling-readiness?at=" + at, token);
	}

	private static List<String> reasonCodes(ResponseSpec decision) {
		return read(decision.expectStatus().isOk(), "$.reasons[*].code");
	}

	private String signConsent(String patientId) {
		return read(post("/patients/" + patientId + "/consents", frontDesk(),
				consentJson(Instant.now().minus(Duration.ofMinutes(5))))
			.expectStatus()
			.isCreated(), "$.id");
	}

	private String recordScreening(String patientId, Contraindication... flagged) {
		return read(post("/patients/" + patientId + "/screenings", therapist(), screeningJson(flagged)).expectStatus()
			.isCreated(), "$.id");
	}

	private ResponseSpec clear(String patientId, String screeningId, Contraindication contraindication) {
		return post("/patients/" + patientId + "/screenings/" + screeningId + "/clearances", therapist(),
				"{\"contraindications\": [\"" + contraindication + "\"], \"note\": \"Reviewed\"}");
	}

	private static String consentJson(Instant signedAt) {
		return "{\"formVersion\": \"DN-2026-01\", \"signedAt\": \"" + signedAt + "\", \"signer\": \"PATIENT\"}";
	}

	private static String screeningJson(Contraindication... flagged) {
		List<Contraindication> yes = List.of(flagged);
		return Stream.of(Contraindication.values())
			.map((contraindication) -> "{\"contraindication\": \"" + contraindication + "\", \"present\": "
					+ yes.contains(contraindication) + "}")
			.collect(Collectors.joining(", ", "{\"answers\": [", "]}"));
	}

	private int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

	private boolean refused(String sql, Object... arguments) {
		try {
			this.jdbc.update(sql, arguments);
			return false;
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return true;
		}
	}

}
