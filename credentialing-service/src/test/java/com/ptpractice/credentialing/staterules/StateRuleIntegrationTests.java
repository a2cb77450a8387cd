package com.ptpractice.credentialing.staterules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StateRuleIntegrationTests extends CredentialingApiTests {

	@Test
	void theSeedHoldsEveryRowOfTheSurveyAsTheFirstVersion() {
		List<Map<String, String>> survey = SurveyCsv.read(SurveyCsv.FIRST_EDITION);
		assertThat(survey).hasSize(51);

		for (Map<String, String> row : survey) {
			JsonNode first = get("/state-rules/" + row.get("state"), tokenFor(Roles.FRONT_DESK), HttpStatus.OK)
				.get("versions")
				.get(0);
			String effectiveFrom = row.get("effective_from").isEmpty() ? "2026-01-01" : row.get("effective_from");
			assertThat(first.get("version").asString()).isEqualTo(row.get("state") + "-" + effectiveFrom);
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
		}
	}

	@Test
	void theSeedMatchesTheDesign() {
		Map<String, String> status = new LinkedHashMap<>();
		get("/state-rules?on=2026-06-01", tokenFor(Roles.SERVICE), HttpStatus.OK).values()
			.forEach((rule) -> status.put(rule.get("state").asString(), rule.get("status").asString()));

		assertThat(status).hasSize(51);
		assertThat(status).containsEntry("CA", "PROHIBITED")
			.containsEntry("HI", "PROHIBITED")
			.containsEntry("NY", "PROHIBITED")
			.containsEntry("OR", "PROHIBITED")
			.containsEntry("WA", "PERMITTED_WITH_ENDORSEMENT")
			.containsEntry("FL", "PERMITTED");
		assertThat(status.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals("UNSETTLED"))
			.map(Map.Entry::getKey)).containsExactlyInAnyOrder("CT", "MA", "MI", "MN", "MO", "OK", "PA");
	}

	@Test
	void aLaterVersionTakesEffectOnItsDateAndNeverOverwritesTheOldOne() {
		UUID therapist = oregonReadyTherapist();
		String effectiveFrom = "2099-03-01";
		postOregonPermitted(effectiveFrom, HttpStatus.CREATED);

		JsonNode dayBefore = get(decisionUri(therapist, dayBefore(effectiveFrom)), admin(), HttpStatus.OK);
		JsonNode onTheDay = get(decisionUri(therapist, effectiveFrom), admin(), HttpStatus.OK);

		assertThat(codes(dayBefore)).containsExactly("STATE_PROHIBITS_DRY_NEEDLING");
		assertThat(onTheDay.get("eligible").asBoolean()).isTrue();
		assertThat(onTheDay.get("ruleVersion").asString()).isEqualTo("OR-" + effectiveFrom);
		JsonNode versions = get("/state-rules/OR", admin(), HttpStatus.OK).get("versions");
		assertThat(versions.get(0).get("status").asString()).isEqualTo("PROHIBITED");
		assertThat(versions.get(0).get("effectiveUntil").asString()).isEqualTo(effectiveFrom);
	}

	@Test
	void anAdministratorsVersionCarriesItsProvenanceAndIsMarkedForVerificationWhenOfLowConfidence() {
		Map<String, Object> version = new LinkedHashMap<>(permitted("2099-05-01"));
		version.put("source", "West Virginia board rule (test)");
		version.put("note", "Rule text not found");
		version.put("confidence", "LOW");
		version.put("researchedOn", "2099-04-01");
		version.put("lawEffectiveFrom", "2099-01-01");

		JsonNode added = post("/state-rules/WV", admin(), version, HttpStatus.CREATED);

		assertThat(added.get("version").asString()).isEqualTo("WV-2099-05-01");
		assertThat(added.get("confidence").asString()).isEqualTo("LOW");
		assertThat(added.get("researchedOn").asString()).isEqualTo("2099-04-01");
		assertThat(added.get("lawEffectiveFrom").asString()).isEqualTo("2099-01-01");
		assertThat(added.get("fixedMinimumsKnown").asBoolean()).isTrue();
		assertThat(added.get("verifyWithStateBoard").asBoolean()).isTrue();
		JsonNode audit = get("/audit?subject=STATE_RULE&subjectId=WV-2099-05-01", admin(), HttpStatus.OK);
		assertThat(audit.get("content").get(0).get("after").get("confidence").asString()).isEqualTo("LOW");
	}

	@Test
	void aVersionNotAfterTheNewestIsA400NamingEffectiveFrom() {
		JsonNode problem = postOregonPermitted("2025-01-01", HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("effectiveFrom");
	}

	@Test
	void anUnknownStateIsA400NamingState() {
		JsonNode problem = get("/state-rules/ZZ", admin(), HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("state");
	}

	@Test
	void onlyCredentialingAdministratorsAddVersions() {
		post("/state-rules/OR", tokenFor(Roles.PRACTICE_ADMIN), permitted("2098-01-01"), HttpStatus.FORBIDDEN);
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteRulesAndAuditEntries() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE state_rule SET status = 'PERMITTED' WHERE state = 'CA'"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM state_rule WHERE state = 'CA'"));
		createTherapist();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE audit_entry SET actor = 'someone else'"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("DELETE FROM audit_entry"));
	}

	@Test
	void theUnsettledStatePolicyDeniesByDefaultAndAStaleChangeIsA409() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("PA", "2015-01-01", null));
		addVerified(therapist, certification(60, 30, null));
		String decision = "/eligibility/dry-needling?therapistId=" + therapist
				+ "&state=PA&at=2030-03-04T09:00:00-05:00";
		JsonNode policy = get("/policies/unsettled-states", tokenFor(Roles.FRONT_DESK), HttpStatus.OK);
		int version = policy.get("version").asInt();
		boolean wasAllowed = policy.get("allowed").asBoolean();
		try {
			put("/policies/unsettled-states", admin(), Map.of("allowed", false, "version", version), HttpStatus.OK);
			assertThat(codes(get(decision, admin(), HttpStatus.OK))).containsExactly("STATE_UNSETTLED_POLICY_DENIES");

			put("/policies/unsettled-states", admin(), Map.of("allowed", true, "version", version + 1), HttpStatus.OK);
			assertThat(get(decision, admin(), HttpStatus.OK).get("eligible").asBoolean()).isTrue();

			put("/policies/unsettled-states", admin(), Map.of("allowed", false, "version", version),
					HttpStatus.CONFLICT);
			put("/policies/unsettled-states", tokenFor(Roles.FRONT_DESK),
					Map.of("allowed", false, "version", version + 2), HttpStatus.FORBIDDEN);
		}
		finally {
			int current = get("/policies/unsettled-states", admin(), HttpStatus.OK).get("version").asInt();
			put("/policies/unsettled-states", admin(), Map.of("allowed", wasAllowed, "version", current),
					HttpStatus.OK);
		}
		JsonNode audit = get("/audit?subject=UNSETTLED_STATE_POLICY", admin(), HttpStatus.OK);
		assertThat(audit.get("content").get(0).get("action").asString()).isEqualTo("CHANGED");
	}

	@Test
	void aVersionNamesWhoRecordedIt() {
		String named = issuer.token(ADMIN_SUBJECT, Map.of("given_name", "Ruth", "family_name", "Adeyemi"),
				Roles.CREDENTIALING_ADMIN);

		// Vermont: no other test reads its versions (a far-future version of a state of
		// the
		// second edition would end that edition's version, which
		// SecondEditionIntegrationTests
		// reads as open-ended)
		JsonNode added = post("/state-rules/VT", named, permitted("2099-06-01"), HttpStatus.CREATED);

		assertThat(added.get("recordedBy").asString()).isEqualTo(ADMIN_SUBJECT);
		assertThat(added.get("recordedByName").asString()).isEqualTo("Ruth Adeyemi");
	}

	@Test
	void thePolicyNamesWhoLastSetIt() {
		JsonNode policy = get("/policies/unsettled-states", admin(), HttpStatus.OK);
		String named = issuer.token(ADMIN_SUBJECT, Map.of("name", "Ruth Adeyemi"), Roles.CREDENTIALING_ADMIN);

		put("/policies/unsettled-states", named,
				Map.of("allowed", policy.get("allowed").asBoolean(), "version", policy.get("version").asInt()),
				HttpStatus.OK);

		JsonNode changed = get("/policies/unsettled-states", tokenFor(Roles.FRONT_DESK), HttpStatus.OK);
		assertThat(changed.get("updatedBy").asString()).isEqualTo(ADMIN_SUBJECT);
		assertThat(changed.get("updatedByName").asString()).isEqualTo("Ruth Adeyemi");
		JsonNode audit = get("/audit?subject=UNSETTLED_STATE_POLICY", admin(), HttpStatus.OK);
		assertThat(audit.get("content").get(0).get("actorName").asString()).isEqualTo("Ruth Adeyemi");
	}

	private UUID oregonReadyTherapist() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("OR", "2015-01-01", null));
		addVerified(therapist, certification(60, 30, null));
		return therapist;
	}

	private JsonNode postOregonPermitted(String effectiveFrom, HttpStatus expected) {
		return post("/state-rules/OR", admin(), permitted(effectiveFrom), expected);
	}

	private static Map<String, Object> permitted(String effectiveFrom) {
		return Map.of("status", "PERMITTED", "effectiveFrom", effectiveFrom, "minYearsLicensed", 2, "minTrainingHours",
				50, "registrationRequired", false, "writtenConsentRequired", true, "source",
				"Oregon PT board rules (test)");
	}

	private static String decisionUri(UUID therapist, String day) {
		// 17:00 UTC is 09:00 or 10:00 that day in Oregon
		return "/eligibility/dry-needling?therapistId=" + therapist + "&state=OR&at=" + day
				+ "T17:00:00Z&zone=America/Los_Angeles";
	}

	private static String dayBefore(String day) {
		return LocalDate.parse(day).minusDays(1).toString();
	}

	private static List<String> codes(JsonNode decision) {
		return decision.get("reasons").values().stream().map((reason) -> reason.get("code").asString()).toList();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? "" : value.asString();
	}

}
