package com.ptpractice.credentialing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.ptpractice.common.security.KeycloakJwt;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.ExtremeInputs;
import com.ptpractice.common.test.PostgresTest;
import com.ptpractice.credentialing.therapists.Npi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No 500 from any input: every endpoint of the credentialing service, each date, number
 * and id input at a time, with years ±999999999, offsets beyond ±18:00, numbers past 32
 * bits, non-UUID ids and JSON of the wrong type, answers a 4xx problem and changes
 * nothing (the change audit included). The requests start from a therapist with a
 * certification made through the API, and the seeded state rules.
 */
@SpringBootTest(properties = "credentialing.expiry-watch.cron=-")
@AutoConfigureMockMvc
@PostgresTest("credentialing")
class ExtremeInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@TestFactory
	Stream<DynamicNode> noInputOfAnyEndpointAnswersA500OrChangesAnything() throws Exception {
		return endpointSamples().probes();
	}

	/**
	 * The OpenAPI document's request bodies against the endpoints: each required field is
	 * refused when left out (400 naming it), each optional one is not.
	 */
	@TestFactory
	Stream<DynamicNode> everyDocumentedBodyFieldIsRequiredExactlyWhenTheDocumentSaysSo() throws Exception {
		String apiDocs = this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return endpointSamples().documentedBodies(apiDocs);
	}

	private ExtremeInputs endpointSamples() throws Exception {
		String therapistBody = therapistJson(randomNpi());
		String therapist = JsonPath.read(send(post("/therapists"), therapistBody), "$.id");
		String certificationBody = """
				{"kind": "DRY_NEEDLING_CERTIFICATION", "state": "CO", "issuer": "Myopain Seminars",
				 "trainingHours": 60, "supervisedSessions": 30, "issuedOn": "2022-01-01", "expiresOn": "2028-12-31"}""";
		String credential = JsonPath.read(send(post("/therapists/" + therapist + "/credentials"), certificationBody),
				"$.id");
		String coloradoRules = send(get("/state-rules/CO"), null);
		String effectiveFrom = JsonPath.read(coloradoRules, "$.versions[0].effectiveFrom");
		String newestFrom = JsonPath.read(coloradoRules, "$.versions[-1].effectiveFrom");
		int policyVersion = JsonPath.read(send(get("/policies/unsettled-states"), null), "$.version");
		return ExtremeInputs.of(this.context, this.mvc)
			.endpoint("POST /therapists", (sample) -> sample.body(therapistJson(randomNpi())))
			.endpoint("GET /therapists",
					(sample) -> sample.param("page", 0).param("size", 50).param("q", "Inputs").param("ids", therapist))
			.endpoint("GET /therapists/standings",
					(sample) -> sample.param("q", "Inputs")
						.param("page", 0)
						.param("size", 25)
						.param("on", "2026-12-01")
						.param("sort", "-npi"))
			.endpoint("GET /therapists/me")
			.endpoint("GET /therapists/{therapistId}", (sample) -> sample.path("therapistId", therapist))
			.endpoint("PUT /therapists/{therapistId}",
					(sample) -> sample.path("therapistId", therapist)
						.body(therapistBody.replace("}", ", \"active\": true, \"version\": 0}")))
			.endpoint("POST /therapists/{therapistId}/credentials",
					(sample) -> sample.path("therapistId", therapist).body(certificationBody).alsoValid("""
							{"kind": "STATE_LICENSE", "state": "CO", "number": "PT-12345", "issuedOn": "2015-01-01",
							 "expiresOn": "2028-12-31"}"""))
			.endpoint("GET /therapists/{therapistId}/credentials", (sample) -> sample.path("therapistId", therapist))
			.endpoint("GET /therapists/{therapistId}/credentials/{credentialId}",
					(sample) -> sample.path("therapistId", therapist).path("credentialId", credential))
			.endpoint("PUT /therapists/{therapistId}/credentials/{credentialId}", (sample) -> sample
				.path("therapistId", therapist)
				.path("credentialId", credential)
				.body("""
						{"state": "CO", "number": "DN-77", "issuer": "Myopain Seminars", "trainingHours": 70, "supervisedSessions": 30,
						 "issuedOn": "2022-01-01", "expiresOn": "2029-12-31", "status": "ACTIVE", "version": 0}"""))
			.endpoint("POST /therapists/{therapistId}/credentials/{credentialId}/verification",
					(sample) -> sample.path("therapistId", therapist).path("credentialId", credential).body("""
							{"outcome": "VERIFIED", "primarySource": "Issuer's registry", "note": "Checked",
							 "version": 0}"""))
			.endpoint("GET /eligibility/dry-needling",
					(sample) -> sample.param("therapistId", therapist)
						.param("state", "CO")
						.param("at", "2026-12-20T10:00:00-07:00")
						.param("zone", "America/Denver"))
			.endpoint("GET /eligibility/dry-needling/state-law",
					(sample) -> sample.param("state", "CO")
						.param("at", "2026-12-20T10:00:00-07:00")
						.param("zone", "America/Denver"))
			.endpoint("POST /eligibility/dry-needling/batch", (sample) -> sample.body("""
					{"state": "CO", "at": "2026-12-20T10:00:00-07:00", "zone": "America/Denver",
					 "therapistIds": ["%s"]}""".formatted(therapist)).alsoValid("""
					{"state": "CO", "ats": ["2026-12-20T12:00:00Z", "2026-12-21T12:00:00Z"], "zone": "America/Denver",
					 "therapistIds": ["%s"]}""".formatted(therapist)))
			.endpoint("GET /expiry-report", (sample) -> sample.param("withinDays", 60).param("asOf", "2026-12-01"))
			.endpoint("GET /expiry-report/daily/{day}", (sample) -> sample.path("day", "2026-12-01"))
			.endpoint("GET /policies/unsettled-states")
			.endpoint("PUT /policies/unsettled-states",
					(sample) -> sample.body("{\"allowed\": false, \"version\": " + policyVersion + "}"))
			.endpoint("GET /state-rules", (sample) -> sample.param("on", "2026-12-01"))
			.endpoint("GET /state-rules/{state}", (sample) -> sample.path("state", "CO"))
			.endpoint("GET /state-rules/{state}/versions/{effectiveFrom}",
					(sample) -> sample.path("state", "CO").path("effectiveFrom", effectiveFrom))
			.endpoint("POST /state-rules/{state}",
					(sample) -> sample.path("state", "CO")
						.body("""
								{"status": "PERMITTED", "effectiveFrom": "%s", "effectiveUntil": "2031-01-01",
								 "minYearsLicensed": 2, "minTrainingHours": 50, "minSupervisedSessions": 10,
								 "registrationRequired": false, "writtenConsentRequired": true,
								 "source": "Colorado rule, as amended", "note": "Sample", "confidence": "HIGH",
								 "researchedOn": "2026-12-01", "lawEffectiveFrom": "2020-07-01"}"""
							.formatted(LocalDate.parse(newestFrom).plusYears(1))))
			.endpoint("POST /state-rules/{state}/preview",
					(sample) -> sample.path("state", "CO")
						.body("""
								{"status": "PROHIBITED", "effectiveFrom": "%s", "effectiveUntil": "2031-01-01",
								 "minYearsLicensed": 2, "minTrainingHours": 50, "minSupervisedSessions": 10,
								 "registrationRequired": false, "writtenConsentRequired": true,
								 "source": "Colorado rule, as amended", "note": "Sample", "confidence": "HIGH",
								 "researchedOn": "2026-12-01", "lawEffectiveFrom": "2020-07-01"}"""
							.formatted(LocalDate.parse(newestFrom).plusYears(1))))
			.endpoint("GET /audit",
					(sample) -> sample.param("subject", "THERAPIST")
						.param("subjectId", therapist)
						.param("page", 0)
						.param("size", 50));
	}

	private static String therapistJson(String npi) {
		return """
				{"npi": "%s", "firstName": "Extreme", "lastName": "Inputs", "email": "extreme@example.com",
				 "loginSubject": "%s"}""".formatted(npi, UUID.randomUUID());
	}

	private String send(MockHttpServletRequestBuilder request, @Nullable String json) throws Exception {
		request.with(jwt()
			.jwt((token) -> token.subject(ExtremeInputs.SUBJECT)
				.claim("realm_access", Map.of("roles", List.of(Roles.CREDENTIALING_ADMIN))))
			.authorities(KeycloakJwt.realmRolesConverter()));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request)
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String randomNpi() {
		String firstNine = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		return firstNine + Npi.Validator.checkDigitFor(firstNine);
	}

}
