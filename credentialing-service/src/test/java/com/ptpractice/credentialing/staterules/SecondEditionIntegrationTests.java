package com.ptpractice.credentialing.staterules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second edition of the state rules (the December 2026 survey of 17 states), checked
 * against the survey files themselves and against values read off them by hand, never
 * against what the code computes.
 */
class SecondEditionIntegrationTests extends CredentialingApiTests {

	static final List<String> SECOND_EDITION_STATES = List.of("AK", "AL", "IA", "ID", "IL", "KY", "LA", "MD", "MS",
			"MT", "NC", "NE", "NM", "NV", "SD", "TN", "WY");

	@Test
	void eachOfTheSeventeenStatesHasANewVersionFromTheDecemberSurveyWithItsProvenance() {
		List<Map<String, String>> survey = SurveyCsv.read(SurveyCsv.SECOND_EDITION);
		assertThat(survey).extracting((row) -> row.get("state")).containsExactlyElementsOf(SECOND_EDITION_STATES);

		for (Map<String, String> row : survey) {
			String state = row.get("state");
			JsonNode version = get("/state-rules/" + state + "/versions/2026-12-02", tokenFor(Roles.FRONT_DESK),
					HttpStatus.OK);
			assertThat(version.get("version").asString()).isEqualTo(state + "-2026-12-02");
			assertThat(version.get("status").asString()).isEqualTo(row.get("status"));
			assertThat(text(version, "minYearsLicensed")).isEqualTo(row.get("min_years_licensed"));
			assertThat(text(version, "minTrainingHours")).isEqualTo(row.get("min_training_hours"));
			assertThat(text(version, "minSupervisedSessions")).isEqualTo(row.get("min_supervised_sessions"));
			assertThat(version.get("registrationRequired").asBoolean())
				.isEqualTo("true".equals(row.get("registration_required")));
			assertThat(version.get("writtenConsentRequired").asBoolean())
				.isEqualTo("true".equals(row.get("written_consent_required")));
			assertThat(version.get("source").asString()).isEqualTo(row.get("source"));
			assertThat(text(version, "note")).isEqualTo(row.get("note"));
			assertThat(version.get("confidence").asString()).isEqualTo(row.get("confidence").toUpperCase(Locale.ROOT));
			assertThat(version.get("researchedOn").asString()).isEqualTo(row.get("researched_on"));
			assertThat(text(version, "lawEffectiveFrom")).isEqualTo(row.get("effective_from"));
			boolean numbers = !(row.get("min_years_licensed") + row.get("min_training_hours")
					+ row.get("min_supervised_sessions"))
				.isEmpty();
			assertThat(version.get("fixedMinimumsKnown").asBoolean()).as(state).isEqualTo(numbers);
			assertThat(version.get("effectiveUntil").isNull()).isTrue();
		}
	}

	@Test
	void theNewVersionsAreInForceFromTheSecondOfDecember() {
		Map<String, String> before = versionsInForceOn("2026-12-01");
		Map<String, String> from = versionsInForceOn("2026-12-02");

		for (String state : SECOND_EDITION_STATES) {
			assertThat(before).containsEntry(state, state + "-2026-01-01");
			assertThat(from).containsEntry(state, state + "-2026-12-02");
		}
		assertThat(from).containsEntry("UT", "UT-2026-01-01").containsEntry("AR", "AR-2026-01-01");
	}

	@Test
	void theFirstEditionsVersionsOfTheseStatesAreUnchanged() {
		for (String state : SECOND_EDITION_STATES) {
			Map<String, String> row = SurveyCsv.row(SurveyCsv.FIRST_EDITION, state);
			JsonNode first = get("/state-rules/" + state + "/versions/2026-01-01", admin(), HttpStatus.OK);
			assertThat(first.get("status").asString()).isEqualTo(row.get("status"));
			assertThat(text(first, "minYearsLicensed")).isEqualTo(row.get("min_years_licensed"));
			assertThat(text(first, "minTrainingHours")).isEqualTo(row.get("min_training_hours"));
			assertThat(text(first, "minSupervisedSessions")).isEqualTo(row.get("min_supervised_sessions"));
			assertThat(first.get("registrationRequired").asBoolean())
				.isEqualTo("true".equals(row.get("registration_required")));
			assertThat(first.get("writtenConsentRequired").asBoolean())
				.isEqualTo("true".equals(row.get("written_consent_required")));
			assertThat(first.get("source").asString()).isEqualTo(row.get("source"));
			assertThat(text(first, "note")).isEqualTo(row.get("note"));
			assertThat(first.get("recordedBy").asString()).isEqualTo("migration");
			// the first edition rated nothing; the new version only ends it
			assertThat(first.get("confidence").isNull()).isTrue();
			assertThat(first.get("researchedOn").isNull()).isTrue();
			assertThat(first.get("effectiveUntil").asString()).isEqualTo("2026-12-02");
		}
		// read off the January file by hand: Nevada had no recorded conditions
		JsonNode nevada = get("/state-rules/NV/versions/2026-01-01", admin(), HttpStatus.OK);
		assertThat(nevada.get("minTrainingHours").isNull()).isTrue();
		assertThat(nevada.get("registrationRequired").asBoolean()).isFalse();
		assertThat(nevada.get("note").asString())
			.isEqualTo("Conditions not recorded here; verify with the state board");
		assertThat(nevada.get("source").asString()).isEqualTo(
				"pphc.co \"Understanding the landscape\" (as of January 2026); masterdryneedling.com/scope-of-practice-for-pts");
	}

	@Test
	void theDatabaseHoldsTheFirstEditionRowsAsTheyWereSeeded() {
		Integer firstEdition = this.jdbc.queryForObject(
				"SELECT count(*) FROM state_rule WHERE recorded_by = 'migration'"
						+ " AND confidence IS NULL AND researched_on IS NULL AND minimums_known IS NULL",
				Integer.class);
		Integer secondEdition = this.jdbc
			.queryForObject("SELECT count(*) FROM state_rule WHERE recorded_by = 'migration'"
					+ " AND effective_from = DATE '2026-12-02' AND confidence IS NOT NULL", Integer.class);

		assertThat(firstEdition).isEqualTo(51);
		assertThat(secondEdition).isEqualTo(17);
	}

	@Test
	void aDecisionBeforeTheSecondEditionStillFollowsTheFirst() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("NV", "2015-01-01", null));
		addVerified(therapist, certification(24, 30, null));

		JsonNode june = get(nevadaDecision(therapist, "2026-06-01"), admin(), HttpStatus.OK);
		JsonNode january = get(nevadaDecision(therapist, "2027-01-05"), admin(), HttpStatus.OK);

		assertThat(june.get("eligible").asBoolean()).isTrue();
		assertThat(june.get("ruleVersion").asString()).isEqualTo("NV-2026-01-01");
		assertThat(january.get("eligible").asBoolean()).isFalse();
		assertThat(january.get("ruleVersion").asString()).isEqualTo("NV-2026-12-02");
	}

	@Test
	void versionsOfLowConfidenceOrWithoutAFixedMinimumAskStaffToVerifyWithTheStateBoard() {
		Map<String, Boolean> verify = new LinkedHashMap<>();
		get("/state-rules?on=2026-12-02", tokenFor(Roles.FRONT_DESK), HttpStatus.OK).values()
			.forEach((rule) -> verify.put(rule.get("state").asString(), rule.get("verifyWithStateBoard").asBoolean()));

		// low confidence: the rule exists but its text was not found
		assertThat(verify).containsEntry("ID", true).containsEntry("MS", true).containsEntry("NM", true);
		assertThat(verify).containsEntry("WY", true);
		// sourced, but no fixed minimum known; and the first edition's unrecorded
		// conditions
		assertThat(verify).containsEntry("KY", true).containsEntry("AK", true).containsEntry("AR", true);
		// sourced minimums
		assertThat(verify).containsEntry("NV", false).containsEntry("IL", false).containsEntry("UT", false);
		// not permitted: nothing to verify before booking
		assertThat(verify).containsEntry("CA", false).containsEntry("PA", false);
	}

	private Map<String, String> versionsInForceOn(String day) {
		Map<String, String> versions = new LinkedHashMap<>();
		get("/state-rules?on=" + day, tokenFor(Roles.SERVICE), HttpStatus.OK).values()
			.forEach((rule) -> versions.put(rule.get("state").asString(), rule.get("version").asString()));
		return versions;
	}

	private static String nevadaDecision(UUID therapist, String day) {
		// 18:00 UTC is 10:00 or 11:00 that day in Nevada
		return "/eligibility/dry-needling?therapistId=" + therapist + "&state=NV&at=" + day
				+ "T18:00:00Z&zone=America/Los_Angeles";
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

}
