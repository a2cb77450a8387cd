package com.ptpractice.credentialing.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.RepositoryTransactions;
import com.ptpractice.credentialing.CredentialingApiTests;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityIntegrationTests extends CredentialingApiTests {

	private static final String IN_UTAH = "2030-06-03T10:00:00-06:00";

	@Autowired
	ApplicationContext context;

	@Autowired
	EligibilityService eligibility;

	@Autowired
	DataSource dataSource;

	@Test
	void aFullyCredentialedTherapistIsEligibleInUtah() {
		UUID therapist = utahReadyTherapist();

		JsonNode decision = get(decisionUri(therapist, "UT", IN_UTAH), tokenFor(Roles.SERVICE), HttpStatus.OK);

		assertThat(decision.get("eligible").asBoolean()).isTrue();
		assertThat(decision.get("reasons").size()).isZero();
		assertThat(decision.get("ruleVersion").asString()).isEqualTo("UT-2026-01-01");
		assertThat(decision.get("evaluatedAt").asString()).isEqualTo("2030-06-03T16:00:00Z");
	}

	@Test
	void californiaProhibitsDryNeedlingWhateverTheCredentials() {
		UUID therapist = utahReadyTherapist();

		JsonNode decision = get(decisionUri(therapist, "CA", "2026-12-01T10:00:00-07:00"), tokenFor(Roles.FRONT_DESK),
				HttpStatus.OK);

		assertThat(decision.get("eligible").asBoolean()).isFalse();
		assertThat(codes(decision)).contains("STATE_PROHIBITS_DRY_NEEDLING", "NO_LICENSE_IN_STATE");
		assertThat(decision.get("reasons").get(0).get("message").asString())
			.isEqualTo("California does not allow physical therapists to perform dry needling.");
		assertThat(decision.get("ruleVersion").asString()).isEqualTo("CA-2026-01-01");
		assertThat(decision.get("evaluatedAt").asString()).isEqualTo("2026-12-01T17:00:00Z");
	}

	@Test
	void theStatesLawAloneAnswersWithoutATherapistFromTheSeededRules() {
		JsonNode california = get("/eligibility/dry-needling/state-law?state=CA&at=2026-12-01T10:00:00-08:00",
				tokenFor(Roles.FRONT_DESK), HttpStatus.OK);
		JsonNode utah = get("/eligibility/dry-needling/state-law?state=UT&at=" + IN_UTAH.replace("+", "%2B")
				+ "&zone=America/Denver", tokenFor(Roles.SERVICE), HttpStatus.OK);

		assertThat(codes(california)).containsExactly("STATE_PROHIBITS_DRY_NEEDLING");
		assertThat(california.get("ruleVersion").asString()).isEqualTo("CA-2026-01-01");
		assertThat(california.get("evaluatedAt").asString()).isEqualTo("2026-12-01T18:00:00Z");
		assertThat(utah.get("eligible").asBoolean()).isTrue();
		assertThat(utah.get("evaluatedAt").asString()).isEqualTo("2030-06-03T16:00:00Z");
		get("/eligibility/dry-needling/state-law?state=CA&at=2026-12-01T10:00:00-08:00", tokenFor(Roles.PATIENT),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void theClinicsZoneDecidesTheAppointmentsLocalDate() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("UT", "2019-05-01", "2030-06-02"));
		addVerified(therapist, certification(54, 250, null));
		addVerified(therapist, endorsement("UT", null));
		// 2030-06-03T01:00Z is still June 2 in Denver, the license's last valid day
		String at = "2030-06-03T01:00:00Z";

		JsonNode inUtc = get(decisionUri(therapist, "UT", at), admin(), HttpStatus.OK);
		JsonNode inDenver = get(decisionUri(therapist, "UT", at) + "&zone=America/Denver", admin(), HttpStatus.OK);

		assertThat(codes(inUtc)).containsExactly("LICENSE_EXPIRES_BEFORE_APPOINTMENT");
		assertThat(inDenver.get("eligible").asBoolean()).isTrue();
	}

	@Test
	void anInstantWithoutOffsetIsA400NamingAt() {
		UUID therapist = utahReadyTherapist();

		JsonNode problem = get(decisionUri(therapist, "UT", "2030-06-03T10:00:00"), admin(), HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("at");
	}

	@Test
	void anUnknownStateIsA400NamingState() {
		UUID therapist = utahReadyTherapist();

		JsonNode problem = get(decisionUri(therapist, "XX", IN_UTAH), admin(), HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("state");
	}

	@Test
	void aDecisionReadsWithoutATransactionOfItsOwn() {
		UUID therapist = utahReadyTherapist();
		AppointmentTime when = AppointmentTime.parse(IN_UTAH, null);

		Map<String, List<Boolean>> inTransaction = RepositoryTransactions.watch(this.context,
				() -> assertThat(this.eligibility.decide(therapist, Jurisdiction.of("UT"), when).eligible()).isTrue(),
				"stateRules", "unsettledStatePolicies", "therapists", "credentials");

		// one query each, none in a transaction (Spring Data's findById and findAllById
		// opened one of their own: a COMMIT round trip each)
		assertThat(inTransaction).allSatisfy((repository, calls) -> assertThat(calls).containsExactly(false));
	}

	@Test
	void aDecisionTakesOneConnectionFromThePoolForAllItsReads() {
		UUID therapist = utahReadyTherapist();
		AppointmentTime when = AppointmentTime.parse(IN_UTAH, null);

		// the connection bound to the thread when each repository is called: none before
		// the first query, then the one it took, kept for the rest of the decision
		Map<String, List<Object>> bound = RepositoryTransactions.observe(this.context,
				() -> this.eligibility.decide(therapist, Jurisdiction.of("UT"), when),
				() -> TransactionSynchronizationManager.getResource(this.dataSource), "stateRules",
				"unsettledStatePolicies", "therapists", "credentials");

		assertThat(bound.get("stateRules")).containsExactly((Object) null);
		Object connection = bound.get("unsettledStatePolicies").get(0);
		assertThat(connection).isNotNull();
		assertThat(bound.get("therapists")).containsExactly(connection);
		assertThat(bound.get("credentials")).containsExactly(connection);
	}

	@Test
	void anUnknownTherapistIsAReasonListedWithTheStatesLaw() {
		JsonNode inUtah = get(decisionUri(UUID.randomUUID(), "UT", IN_UTAH), admin(), HttpStatus.OK);
		JsonNode inCalifornia = get(decisionUri(UUID.randomUUID(), "CA", "2027-03-02T10:00:00-08:00"), admin(),
				HttpStatus.OK);

		assertThat(inUtah.get("eligible").asBoolean()).isFalse();
		assertThat(inUtah.get("reasons").findValuesAsString("code")).containsExactly("THERAPIST_UNKNOWN");
		assertThat(inCalifornia.get("reasons").findValuesAsString("code")).containsExactly("THERAPIST_UNKNOWN",
				"STATE_PROHIBITS_DRY_NEEDLING");
	}

	@Test
	void aBatchAnswersEveryTherapistInTheOrderAskedAndFlagsUnknownIds() {
		UUID ready = utahReadyTherapist();
		UUID unlicensed = createTherapist();
		UUID unknown = UUID.randomUUID();

		JsonNode batch = post("/eligibility/dry-needling/batch", tokenFor(Roles.SERVICE),
				Map.of("state", "UT", "at", IN_UTAH, "therapistIds", List.of(ready, unlicensed, unknown, ready)),
				HttpStatus.OK);

		JsonNode decisions = batch.get("decisions");
		assertThat(decisions.size()).isEqualTo(3);
		assertThat(decisions.get(0).get("therapistId").asString()).isEqualTo(ready.toString());
		assertThat(decisions.get(0).get("eligible").asBoolean()).isTrue();
		assertThat(codes(decisions.get(1))).contains("NO_LICENSE_IN_STATE", "NO_VERIFIED_CERTIFICATION",
				"ENDORSEMENT_REQUIRED");
		assertThat(codes(decisions.get(2))).containsExactly("THERAPIST_UNKNOWN");
		assertThat(decisions.get(2).get("ruleVersion").asString()).isEqualTo("UT-2026-01-01");
	}

	@Test
	void aBatchOfMoreThan500TherapistsIsA400() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			ids.add(UUID.randomUUID());
		}

		JsonNode problem = post("/eligibility/dry-needling/batch", admin(),
				Map.of("state", "UT", "at", IN_UTAH, "therapistIds", ids), HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("therapistIds");
	}

	@Test
	void aBatchWithAnInstantWithoutOffsetIsA400NamingAt() {
		JsonNode problem = post("/eligibility/dry-needling/batch", admin(),
				Map.of("state", "UT", "at", "2030-06-03T10:00", "therapistIds", List.of(UUID.randomUUID())),
				HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("at");
	}

	@Test
	void aBatchOverSeveralInstantsDecidesEachAsTheSingleDecisionDoes() {
		UUID lapsing = createTherapist();
		addVerified(lapsing, license("UT", "2019-05-01", "2030-06-02"));
		addVerified(lapsing, certification(54, 250, null));
		addVerified(lapsing, endorsement("UT", null));
		UUID unknown = UUID.randomUUID();
		List<String> ats = List.of("2030-06-03T18:00:00Z", "2030-06-01T18:00:00Z", "2030-06-02T18:00:00Z");

		JsonNode batch = post("/eligibility/dry-needling/batch", tokenFor(Roles.SERVICE),
				Map.of("state", "UT", "ats", ats, "zone", "America/Denver", "therapistIds", List.of(lapsing, unknown)),
				HttpStatus.OK);

		JsonNode decisions = batch.get("decisions");
		assertThat(batch.get("evaluatedAt").isNull()).isTrue();
		assertThat(decisions.size()).isEqualTo(6);
		List<String> order = new ArrayList<>();
		decisions.forEach((decision) -> order
			.add(decision.get("evaluatedAt").asString() + " " + decision.get("therapistId").asString()));
		assertThat(order).containsExactly(ats.get(0) + " " + lapsing, ats.get(0) + " " + unknown,
				ats.get(1) + " " + lapsing, ats.get(1) + " " + unknown, ats.get(2) + " " + lapsing,
				ats.get(2) + " " + unknown);
		// the license's last day is June 2 in Denver
		assertThat(codes(decisions.get(0))).containsExactly("LICENSE_EXPIRES_BEFORE_APPOINTMENT");
		assertThat(decisions.get(2).get("eligible").asBoolean()).isTrue();
		assertThat(decisions.get(4).get("eligible").asBoolean()).isTrue();
		decisions.forEach((decision) -> {
			JsonNode single = get(decisionUri(UUID.fromString(decision.get("therapistId").asString()), "UT",
					decision.get("evaluatedAt").asString()) + "&zone=America/Denver", admin(), HttpStatus.OK);
			assertThat(decision.get("eligible")).isEqualTo(single.get("eligible"));
			assertThat(decision.get("reasons")).isEqualTo(single.get("reasons"));
			assertThat(decision.get("ruleVersion")).isEqualTo(single.get("ruleVersion"));
		});
	}

	@Test
	void aBatchNeedsEitherOneInstantOrSeveralAndAtMost500DecisionsInAll() {
		List<UUID> one = List.of(UUID.randomUUID());
		List<String> tooMany = new ArrayList<>();
		for (int day = 1; day <= 33; day++) {
			tooMany.add("2030-07-%02dT18:00:00Z".formatted(Math.min(day, 31)));
		}
		List<UUID> twoHundredFiftyOne = new ArrayList<>();
		for (int i = 0; i < 251; i++) {
			twoHundredFiftyOne.add(UUID.randomUUID());
		}

		assertThat(field(post("/eligibility/dry-needling/batch", admin(),
				Map.of("state", "UT", "at", IN_UTAH, "ats", List.of(IN_UTAH), "therapistIds", one),
				HttpStatus.BAD_REQUEST)))
			.isEqualTo("at");
		assertThat(field(post("/eligibility/dry-needling/batch", admin(), Map.of("state", "UT", "therapistIds", one),
				HttpStatus.BAD_REQUEST)))
			.isEqualTo("at");
		assertThat(field(post("/eligibility/dry-needling/batch", admin(),
				Map.of("state", "UT", "ats", tooMany, "therapistIds", one), HttpStatus.BAD_REQUEST)))
			.isEqualTo("ats");
		assertThat(field(post(
				"/eligibility/dry-needling/batch", admin(), Map.of("state", "UT", "ats",
						List.of(IN_UTAH, "2030-06-04T10:00:00-06:00"), "therapistIds", twoHundredFiftyOne),
				HttpStatus.BAD_REQUEST)))
			.isEqualTo("therapistIds");
		assertThat(field(post("/eligibility/dry-needling/batch", admin(),
				Map.of("state", "UT", "ats", List.of(IN_UTAH, "2030-06-04T10:00"), "therapistIds", one),
				HttpStatus.BAD_REQUEST)))
			.isEqualTo("ats");
	}

	private static String field(JsonNode problem) {
		return problem.get("errors").get(0).get("field").asString();
	}

	@Test
	void aTherapistMayAskAboutThemselvesButNotAboutOthers() {
		String subject = UUID.randomUUID().toString();
		UUID self = createTherapist(subject);
		UUID other = createTherapist();
		String token = issuer.token(subject, Roles.THERAPIST);

		get(decisionUri(self, "UT", IN_UTAH), token, HttpStatus.OK);
		get(decisionUri(other, "UT", IN_UTAH), token, HttpStatus.FORBIDDEN);
		post("/eligibility/dry-needling/batch", token,
				Map.of("state", "UT", "at", IN_UTAH, "therapistIds", List.of(self)), HttpStatus.FORBIDDEN);
	}

	@Test
	void patientsMayNotAsk() {
		get(decisionUri(UUID.randomUUID(), "UT", IN_UTAH), tokenFor(Roles.PATIENT), HttpStatus.FORBIDDEN);
	}

	private static String decisionUri(UUID therapist, String state, String at) {
		return "/eligibility/dry-needling?therapistId=" + therapist + "&state=" + state + "&at="
				+ at.replace("+", "%2B");
	}

	private static List<String> codes(JsonNode decision) {
		return decision.get("reasons").values().stream().map((reason) -> reason.get("code").asString()).toList();
	}

}
