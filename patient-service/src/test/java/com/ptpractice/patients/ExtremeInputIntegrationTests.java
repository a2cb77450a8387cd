package com.ptpractice.patients;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import com.ptpractice.common.security.KeycloakJwt;
import com.ptpractice.common.security.Roles;
import com.ptpractice.common.test.ExtremeInputs;
import com.ptpractice.common.test.PostgresTest;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No 500 from any input: every endpoint of the patient service, each date, number and id
 * input at a time, with years ±999999999, offsets beyond ±18:00, numbers past 32 bits,
 * non-UUID ids and JSON of the wrong type, answers a 4xx problem and changes nothing (the
 * PHI access log included). The requests start from a patient with a consent and a
 * screening with a flag, made through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresTest("patients")
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
		String patientBody = """
				{"firstName": "Extreme", "lastName": "Inputs%s", "birthDate": "1985-03-14", "sex": "FEMALE",
				 "phone": "(303) 555-0100", "email": "extreme@example.com",
				 "address": {"line1": "1 Main St", "line2": "Apt 2", "city": "Denver", "state": "CO", "postalCode": "80202"},
				 "preferredClinicId": "%s", "confirmedDifferentPerson": true}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x"), UUID.randomUUID());
		String registered = send("/patients", Roles.FRONT_DESK, patientBody);
		String patient = JsonPath.read(registered, "$.id");
		int version = JsonPath.read(registered, "$.version");
		String consent = create("/patients/" + patient + "/consents", Roles.FRONT_DESK, """
				{"formVersion": "DN-2026-01", "signedAt": "2026-01-05T10:00:00Z", "signer": "PATIENT"}""");
		String screening = create("/patients/" + patient + "/screenings", Roles.THERAPIST, screeningWithNeedleFear());
		// corrections supersede what they correct: patients of their own, so that the
		// samples of the other endpoints keep working on the first patient's screening
		String corrected = registeredPatient(patientBody);
		String correctedScreening = create("/patients/" + corrected + "/screenings", Roles.THERAPIST,
				screeningWithNeedleFear());
		String cleared = registeredPatient(patientBody);
		String clearedScreening = create("/patients/" + cleared + "/screenings", Roles.THERAPIST,
				screeningWithNeedleFear());
		String clearance = create("/patients/" + cleared + "/screenings/" + clearedScreening + "/clearances",
				Roles.THERAPIST, """
						{"contraindications": ["SEVERE_NEEDLE_FEAR"], "note": "Talked it through"}""");
		return ExtremeInputs.of(this.context, this.mvc)
			.endpoint("POST /patients/{id}/screenings/{screeningId}/corrections",
					(sample) -> sample.path("id", corrected)
						.path("screeningId", correctedScreening)
						.body(screeningWithNeedleFear().replace("{\"answers\"",
								"{\"reason\": \"Answer given for another patient\", \"answers\"")))
			.endpoint("POST /patients/{id}/screenings/{screeningId}/clearances/{clearanceId}/corrections",
					(sample) -> sample.path("id", cleared)
						.path("screeningId", clearedScreening)
						.path("clearanceId", clearance)
						.body("""
								{"contraindications": [], "note": "Cleared by mistake: withdrawn"}"""))
			.endpoint("POST /patients", (sample) -> sample.body(patientBody))
			.endpoint("GET /patients",
					(sample) -> sample.param("name", "Extreme")
						.param("birthDate", "1985-03-14")
						.param("page", 0)
						.param("size", 20))
			.endpoint("GET /patients/me")
			.endpoint("GET /patients/{id}", (sample) -> sample.path("id", patient))
			.endpoint("PUT /patients/{id}",
					(sample) -> sample.path("id", patient)
						.body(patientBody.replace("{\"firstName\"", "{\"version\": " + version + ", \"firstName\"")
							.replace(", \"confirmedDifferentPerson\": true", "")))
			.endpoint("PUT /patients/{id}/login",
					(sample) -> sample.path("id", patient).body("{\"subject\": \"" + UUID.randomUUID() + "\"}"))
			.endpoint("DELETE /patients/{id}/login", (sample) -> sample.path("id", patient))
			.endpoint("GET /patients/audit",
					(sample) -> sample.param("patientId", patient)
						.param("from", "2026-01-01T00:00:00Z")
						.param("to", "2026-12-31T00:00:00-07:00")
						.param("page", 0)
						.param("size", 50))
			.endpoint("POST /patients/{id}/consents",
					(sample) -> sample.path("id", patient)
						.body("""
								{"formVersion": "DN-2026-01", "signedAt": "2026-01-06T10:00:00-07:00", "signer": "PATIENT",
								 "witnessedBy": "%s", "documentReference": "scan-1", "witnessName": "Maria Lopez"}"""
							.formatted(UUID.randomUUID()))
						.alsoValid(
								"""
										{"formVersion": "DN-2026-01", "signedAt": "2026-01-06T11:00:00-07:00", "signer": "LEGAL_GUARDIAN",
										 "guardianName": "Alex Guardian"}"""))
			.endpoint("POST /patients/{id}/consents/{consentId}/revocation",
					(sample) -> sample.path("id", patient)
						.path("consentId", consent)
						.body("{\"reason\": \"Patient changed their mind\"}"))
			.endpoint("GET /patients/{id}/consents", (sample) -> sample.path("id", patient))
			.endpoint("GET /patients/{id}/dry-needling-readiness",
					(sample) -> sample.path("id", patient).param("at", "2026-12-20T10:00:00-07:00"))
			.endpoint("POST /patients/{id}/screenings",
					(sample) -> sample.path("id", patient).body(screeningWithNeedleFear()))
			.endpoint("GET /patients/{id}/screenings", (sample) -> sample.path("id", patient))
			.endpoint("POST /patients/{id}/screenings/{screeningId}/clearances",
					(sample) -> sample.path("id", patient).path("screeningId", screening).body("""
							{"contraindications": ["SEVERE_NEEDLE_FEAR"], "note": "Talked it through"}"""));
	}

	@Test
	void aDateOutOfRangeIsA400ThatNamesTheFieldAndSaysWhatIsWrong() throws Exception {
		this.mvc
			.perform(get("/patients/" + UUID.randomUUID() + "/dry-needling-readiness")
				.queryParam("at", "+999999999-12-31T23:59:59Z")
				.with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("at"))
			.andExpect(jsonPath("$.errors[0].message").value("must lie between the years 0001 and 9999"));
		this.mvc
			.perform(post("/patients").with(as(Roles.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON).content("""
					{"firstName": "Ann", "lastName": "Old", "birthDate": "-999999999-01-01", "sex": "FEMALE",
					 "phone": "(303) 555-0100",
					 "address": {"line1": "1 Main St", "city": "Denver", "state": "CO", "postalCode": "80202"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"))
			.andExpect(jsonPath("$.errors[0].message").value("must lie between the years 0001 and 9999"));
	}

	private static String screeningWithNeedleFear() {
		return """
				{"answers": [
				  {"contraindication": "SEVERE_NEEDLE_FEAR", "present": true, "detail": "Faints at needles"},
				  {"contraindication": "FIRST_TRIMESTER_PREGNANCY", "present": false},
				  {"contraindication": "BLEEDING_DISORDER_OR_ANTICOAGULANTS", "present": false},
				  {"contraindication": "ACTIVE_CANCER_TREATMENT", "present": false},
				  {"contraindication": "INFECTION_AT_SITE", "present": false},
				  {"contraindication": "COMPROMISED_IMMUNITY", "present": false},
				  {"contraindication": "VASCULAR_CONCERNS", "present": false}]}""";
	}

	private String registeredPatient(String patientBody) throws Exception {
		return create("/patients", Roles.FRONT_DESK, patientBody.replace("\"Inputs",
				"\"Other" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "y")));
	}

	private String create(String uri, String role, String json) throws Exception {
		return JsonPath.read(send(uri, role, json), "$.id");
	}

	private static RequestPostProcessor as(String role) {
		return jwt()
			.jwt((token) -> token.subject(ExtremeInputs.SUBJECT).claim("realm_access", Map.of("roles", List.of(role))))
			.authorities(KeycloakJwt.realmRolesConverter());
	}

	private String send(String uri, String role, String json) throws Exception {
		return this.mvc.perform(post(uri).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
