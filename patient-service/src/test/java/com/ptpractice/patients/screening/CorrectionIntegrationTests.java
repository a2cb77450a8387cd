package com.ptpractice.patients.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ptpractice.patients.PatientApiTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenings and clearances are never edited: a therapist corrects one by a new record
 * that points at it, the history shows the records as they stand, and the readiness
 * decision follows the correction (README, "Database roles").
 */
class CorrectionIntegrationTests extends PatientApiTests {

	@Autowired
	Screenings screenings;

	private static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1));

	@Test
	void aCorrectedScreeningIsANewRecordPointingAtTheOldOneWhichStaysAsItWas() {
		String id = readyPatient();
		String screening = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);
		String screenedAt = read(get("/patients/" + id + "/screenings", therapist()).expectStatus().isOk(),
				"$[0].screenedAt");
		assertThat(reasonCodes(id)).containsExactly("CONTRAINDICATION_NOT_CLEARED");

		ResponseSpec corrected = correctScreening(id, screening, "Answer was given for another patient");

		corrected.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.correctsId")
			.isEqualTo(screening)
			.jsonPath("$.correctionReason")
			.isEqualTo("Answer was given for another patient")
			.jsonPath("$.screenedAt")
			.isEqualTo(screenedAt)
			.jsonPath("$.flagged.length()")
			.isEqualTo(0);
		String correction = read(corrected, "$.id");
		assertThat(reasonCodes(id)).isEmpty();
		get("/patients/" + id + "/screenings", therapist()).expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(correction);
		assertThat(this.jdbc.queryForList(
				"SELECT contraindication FROM screening_answer WHERE screening_id = ? AND present", String.class,
				UUID.fromString(screening)))
			.containsExactly("SEVERE_NEEDLE_FEAR");
		assertThat(auditActions(id)).contains("CORRECT_SCREENING");
	}

	@Test
	void aClearanceCorrectedToNothingIsWithdrawnAndTheFlagBlocksAgain() {
		String id = readyPatient();
		String screening = recordScreening(id, Contraindication.BLEEDING_DISORDER_OR_ANTICOAGULANTS);
		String clearance = read(clear(id, screening).expectStatus().isCreated(), "$.id");
		assertThat(reasonCodes(id)).isEmpty();

		correctClearance(id, screening, clearance, "[]").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.correctsId")
			.isEqualTo(clearance)
			.jsonPath("$.contraindications.length()")
			.isEqualTo(0);

		assertThat(reasonCodes(id)).containsExactly("CONTRAINDICATION_NOT_CLEARED");
		get("/patients/" + id + "/screenings", therapist()).expectBody()
			.jsonPath("$[0].clearances.length()")
			.isEqualTo(0);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM clearance WHERE screening_id = ?", Long.class,
				UUID.fromString(screening)))
			.isEqualTo(2);
		assertThat(auditActions(id)).contains("CORRECT_CLEARANCE");
	}

	@Test
	void onlyTheLatestRecordOfAChainIsCorrectedAndOnlyOnce() {
		String id = readyPatient();
		String screening = recordScreening(id, Contraindication.VASCULAR_CONCERNS);
		String clearance = read(clear(id, screening, Contraindication.VASCULAR_CONCERNS).expectStatus().isCreated(),
				"$.id");
		correctClearance(id, screening, clearance, "[]").expectStatus().isCreated();

		correctClearance(id, screening, clearance, "[\"VASCULAR_CONCERNS\"]").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/clearance-superseded");

		correctScreening(id, screening, "Typo").expectStatus().isCreated();
		correctScreening(id, screening, "Typo again").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/screening-superseded");
		clear(id, screening, Contraindication.VASCULAR_CONCERNS).expectStatus().isEqualTo(409);
	}

	@Test
	void aCorrectionWithoutEveryAnswerOrWithoutAReasonIsA400AndNothingIsStored() {
		String id = readyPatient();
		String screening = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);

		post("/patients/" + id + "/screenings/" + screening + "/corrections", therapist(),
				"{\"reason\": \"Typo\", \"answers\": [{\"contraindication\": \"SEVERE_NEEDLE_FEAR\", \"present\": false}]}")
			.expectStatus()
			.isBadRequest();
		post("/patients/" + id + "/screenings/" + screening + "/corrections", therapist(),
				screeningJson().replace("{\"answers\"", "{\"reason\": \"  \", \"answers\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		correctClearance(id, screening, UUID.randomUUID().toString(), "[\"VASCULAR_CONCERNS\"]").expectStatus()
			.isNotFound();

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM screening WHERE patient_id = ?", Long.class,
				UUID.fromString(id)))
			.isEqualTo(1);
	}

	@Test
	void clearingWhatTheScreeningDidNotFlagIsA400InACorrectionToo() {
		String id = readyPatient();
		String screening = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);
		String clearance = read(clear(id, screening).expectStatus().isCreated(), "$.id");

		correctClearance(id, screening, clearance, "[\"VASCULAR_CONCERNS\"]").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("contraindications");
	}

	@Test
	void onlyTherapistsCorrectAndAnotherPatientsScreeningIsA404() {
		String id = readyPatient();
		String screening = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR);

		post("/patients/" + id + "/screenings/" + screening + "/corrections", frontDesk(),
				screeningJson().replace("{\"answers\"", "{\"reason\": \"Typo\", \"answers\""))
			.expectStatus()
			.isForbidden();
		correctScreening(registerPatient(), screening, "Typo").expectStatus().isNotFound();
	}

	@Test
	void aPatientsScreeningsAreReadInOneStatementAsEachAggregateReadsAlone() {
		String id = readyPatient();
		recordScreening(id);
		String flagged = recordScreening(id, Contraindication.SEVERE_NEEDLE_FEAR, Contraindication.INFECTION_AT_SITE);
		correctScreening(id, flagged, "Answered for another patient").expectStatus().isCreated();
		recordScreening(id, Contraindication.COMPROMISED_IMMUNITY);

		List<Screening> read = this.screenings.findWithAnswersNewestFirst(UUID.fromString(id));

		assertThat(read).hasSize(4);
		assertThat(read).extracting(Screening::recordedAt).isSortedAccordingTo(Comparator.reverseOrder());
		for (Screening screening : read) {
			// Spring Data's own read of the aggregate: the root and then its answers
			assertThat(screening).usingRecursiveComparison()
				.ignoringCollectionOrder()
				.isEqualTo(this.screenings.findById(screening.id()).orElseThrow());
			assertThat(screening.answers()).hasSize(Contraindication.values().length);
		}
		assertThat(read.get(0).flagged()).containsExactly(Contraindication.COMPROMISED_IMMUNITY);
		assertThat(read).filteredOn((screening) -> screening.correctsId() != null)
			.singleElement()
			.satisfies((correction) -> assertThat(correction.correctsId()).hasToString(flagged));
		assertThat(this.screenings.findWithAnswersNewestFirst(UUID.randomUUID())).isEmpty();
	}

	private String readyPatient() {
		String id = registerPatient();
		post("/patients/" + id + "/consents", frontDesk(), "{\"formVersion\": \"DN-2026-01\", \"signedAt\": \""
				+ Instant.now().minus(Duration.ofMinutes(5)) + "\", \"signer\": \"PATIENT\"}")
			.expectStatus()
			.isCreated();
		return id;
	}

	private String recordScreening(String patientId, Contraindication... flagged) {
		return read(post("/patients/" + patientId + "/screenings", therapist(), screeningJson(flagged)).expectStatus()
			.isCreated(), "$.id");
	}

	private ResponseSpec correctScreening(String patientId, String screeningId, String reason) {
		return post("/patients/" + patientId + "/screenings/" + screeningId + "/corrections", therapist(),
				screeningJson().replace("{\"answers\"", "{\"reason\": \"" + reason + "\", \"answers\""));
	}

	/** Clears everything the screening flagged. */
	private ResponseSpec clear(String patientId, String screeningId) {
		List<String> flagged = this.jdbc.queryForList(
				"SELECT contraindication FROM screening_answer WHERE screening_id = ? AND present", String.class,
				UUID.fromString(screeningId));
		return clear(patientId, screeningId, flagged.stream().map(Contraindication::valueOf).toList());
	}

	private ResponseSpec clear(String patientId, String screeningId, Contraindication contraindication) {
		return clear(patientId, screeningId, List.of(contraindication));
	}

	private ResponseSpec clear(String patientId, String screeningId, List<Contraindication> contraindications) {
		String cleared = contraindications.stream().map((c) -> "\"" + c + "\"").collect(Collectors.joining(", "));
		return post("/patients/" + patientId + "/screenings/" + screeningId + "/clearances", therapist(),
				"{\"contraindications\": [" + cleared + "], \"note\": \"Reviewed\"}");
	}

	private ResponseSpec correctClearance(String patientId, String screeningId, String clearanceId,
			String contraindications) {
		return post(
				"/patients/" + patientId + "/screenings/" + screeningId + "/clearances/" + clearanceId + "/corrections",
				therapist(), "{\"contraindications\": " + contraindications + ", \"note\": \"Cleared by mistake\"}");
	}

	private List<String> reasonCodes(String patientId) {
		return read(get("/patients/" + patientId + "/dry-needling-readiness?at=" + TOMORROW, frontDesk()).expectStatus()
			.isOk(), "$.reasons[*].code");
	}

	private List<String> auditActions(String patientId) {
		return this.jdbc.queryForList("SELECT action FROM phi_access_log WHERE patient_id = ?", String.class,
				UUID.fromString(patientId));
	}

	private static String screeningJson(Contraindication... flagged) {
		List<Contraindication> yes = List.of(flagged);
		return Stream.of(Contraindication.values())
			.map((contraindication) -> "{\"contraindication\": \"" + contraindication + "\", \"present\": "
					+ yes.contains(contraindication) + "}")
			.collect(Collectors.joining(", ", "{\"answers\": [", "]}"));
	}

}
