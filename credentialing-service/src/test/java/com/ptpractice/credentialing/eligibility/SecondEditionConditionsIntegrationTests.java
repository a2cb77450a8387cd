package com.ptpractice.credentialing.eligibility;

import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One kind of state condition each, on states the second edition of the rules gave
 * conditions to: every reason from a condition names it, the rule version and its source,
 * in the sentence and in the citation. Expected values are read off the December 2026
 * survey file by hand.
 */
class SecondEditionConditionsIntegrationTests extends CredentialingApiTests {

	/** A Monday in January 2027, after the second edition took effect. */
	private static final String DAY = "2027-01-04";

	private static final String NEVADA_SOURCE = "ptboard.nv.gov/Licensure/Dry_Needling (NV PT Board, undated; "
			+ "cites LCB File R054-19 approved 2020-06-05); myopainseminars.com/resources/us-rulings/nevada";

	private static final String TENNESSEE_SOURCE = "therapycomply.com/Tennessee-PT-Dry-Needling (undated); Tenn. Comp. "
			+ "R. & Regs. 1150-01-.22 Dry Needling (text via xcelitebulletmagnetic.pages.dev/861806.html, low; rule "
			+ "number from TN rules TOC, June 2016 rev., fdocuments.net); T.C.A. HB 25 (2015) eff 2015-07-01 per "
			+ "myopainseminars";

	private static final String LOUISIANA_SOURCE = "laptboard.org/index.cfm/page/23 (LA PT Board dry needling page, "
			+ "undated); LAC 46:LIV §§123, 311 (rules as amended through 2019-09-20)";

	@Test
	void nevadaRefusesTooFewTrainingHoursCitingItsRule() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("NV", "2015-01-01", null));
		addVerified(therapist, certification(50, 30, null));
		addVerified(therapist, endorsement("NV", null));

		JsonNode decision = decide(therapist, "NV", "T18:00:00Z&zone=America/Los_Angeles");

		assertThat(codes(decision)).containsExactly("TOO_FEW_TRAINING_HOURS");
		JsonNode reason = decision.get("reasons").get(0);
		assertThat(reason.get("message").asString()).contains("Nevada requires 150 hours", "show 50", "NV-2026-12-02",
				"minimum training hours", NEVADA_SOURCE);
		assertCitation(reason, "NV-2026-12-02", "minimumTrainingHours", NEVADA_SOURCE);
	}

	@Test
	void tennesseeRefusesATherapistLicensedThereUnderAYearCitingItsRule() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("TN", "2026-06-01", null));
		addVerified(therapist, certification(24, 0, null));

		JsonNode decision = decide(therapist, "TN", "T16:00:00Z&zone=America/Chicago");

		assertThat(codes(decision)).containsExactly("TOO_FEW_YEARS_LICENSED");
		JsonNode reason = decision.get("reasons").get(0);
		assertThat(reason.get("message").asString()).contains("Tennessee requires 1 year licensed", "since 2026-06-01",
				"TN-2026-12-02", "minimum years licensed", TENNESSEE_SOURCE);
		assertCitation(reason, "TN-2026-12-02", "minimumYearsLicensed", TENNESSEE_SOURCE);
	}

	@Test
	void louisianaRefusesATherapistWithoutBoardRegistrationCitingItsRule() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("LA", "2015-01-01", null));
		addVerified(therapist, certification(50, 0, null));

		JsonNode decision = decide(therapist, "LA", "T16:00:00Z&zone=America/Chicago");

		assertThat(codes(decision)).containsExactly("ENDORSEMENT_REQUIRED");
		JsonNode reason = decision.get("reasons").get(0);
		assertThat(reason.get("message").asString()).contains(
				"Louisiana requires registration with, or notification of, its physical-therapy board",
				"none is on file", "LA-2026-12-02", LOUISIANA_SOURCE);
		assertCitation(reason, "LA-2026-12-02", "registrationRequired", LOUISIANA_SOURCE);
	}

	@Test
	void theEndorsementOrRegistrationCredentialSatisfiesLouisianasRegistration() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("LA", "2015-01-01", null));
		addVerified(therapist, certification(50, 0, null));
		addVerified(therapist, endorsement("LA", null));

		JsonNode decision = decide(therapist, "LA", "T16:00:00Z&zone=America/Chicago");

		assertThat(decision.get("eligible").asBoolean()).isTrue();
		assertThat(decision.get("ruleVersion").asString()).isEqualTo("LA-2026-12-02");
	}

	@Test
	void reasonsThatDoNotComeFromAStateConditionCarryNoCitation() {
		UUID therapist = createTherapist();
		addVerified(therapist, certification(200, 0, null));

		JsonNode decision = decide(therapist, "NV", "T18:00:00Z&zone=America/Los_Angeles");

		assertThat(codes(decision)).containsExactly("NO_LICENSE_IN_STATE", "ENDORSEMENT_REQUIRED");
		JsonNode noLicense = decision.get("reasons").get(0);
		assertThat(noLicense.has("citation")).isFalse();
		assertThat(noLicense.get("message").asString()).doesNotContain("NV-2026-12-02");
		assertCitation(decision.get("reasons").get(1), "NV-2026-12-02", "registrationRequired", NEVADA_SOURCE);
	}

	private JsonNode decide(UUID therapist, String state, String timeAndZone) {
		return get(
				"/eligibility/dry-needling?therapistId=" + therapist + "&state=" + state + "&at=" + DAY + timeAndZone,
				tokenFor(Roles.FRONT_DESK), HttpStatus.OK);
	}

	private static void assertCitation(JsonNode reason, String ruleVersion, String condition, String source) {
		JsonNode citation = reason.get("citation");
		assertThat(citation.get("ruleVersion").asString()).isEqualTo(ruleVersion);
		assertThat(citation.get("condition").asString()).isEqualTo(condition);
		assertThat(citation.get("source").asString()).isEqualTo(source);
	}

	private static List<String> codes(JsonNode decision) {
		return decision.get("reasons").values().stream().map((reason) -> reason.get("code").asString()).toList();
	}

}
