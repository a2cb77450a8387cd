package com.ptpractice.scheduling.finder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public finder without a token: clinics with an eligible therapist, their next
 * needling slot, distances, bad input and credentialing down.
 */
class ClinicFinderIntegrationTests extends ApiIntegrationTestSupport {

	private static final String MORNINGS = everyDay("08:00", "12:00");

	private UUID saltLake;

	private UUID provo;

	private UUID ineligibleUtah;

	private UUID sacramento;

	private UUID therapist;

	private UUID unlicensed;

	@BeforeEach
	void utahAndCaliforniaClinics() {
		this.saltLake = openClinicAt("Salt Lake City", "UT", "America/Denver", 40.7608, -111.8910);
		this.provo = openClinicAt("Provo", "UT", "America/Denver", 40.2338, -111.6585);
		this.ineligibleUtah = openClinicAt("Ogden", "UT", "America/Denver", 41.2230, -111.9738);
		this.sacramento = openClinicAt("Sacramento", "CA", "America/Los_Angeles", 38.5816, -121.4944);
		this.therapist = assignNewTherapist(this.saltLake, "2026-01-01", MORNINGS);
		assign(this.provo, this.therapist, "2026-01-01", everyDay("13:00", "17:00"));
		this.unlicensed = assignNewTherapist(this.ineligibleUtah, "2026-01-01", MORNINGS);
		UUID californian = assignNewTherapist(this.sacramento, "2026-01-01", MORNINGS);
		batchFor(this.therapist, decisions(true, this.therapist, this.unlicensed));
		batchFor(californian, decisions(false, californian));
	}

	@Test
	void listsUtahClinicsWithAnEligibleTherapistAndTheirNextNeedlingSlotWithoutAToken() {
		List<Map<String, Object>> utah = clinics("/public/clinics?service=dry-needling&state=UT");

		assertThat(utah).extracting((clinic) -> clinic.get("id"))
			.contains(this.saltLake.toString(), this.provo.toString())
			.doesNotContain(this.ineligibleUtah.toString());
		Map<String, Object> saltLake = byId(utah, this.saltLake);
		assertThat(saltLake).containsEntry("state", "UT")
			.containsEntry("zoneId", "America/Denver")
			.containsEntry("latitude", 40.7608)
			.containsEntry("distanceKm", null)
			.containsEntry("nextNeedlingSlot",
					Map.of("startsAt", "2026-01-01T08:00:00-07:00", "localStart", "2026-01-01T08:00:00"));
		assertThat(byId(utah, this.provo)).containsEntry("nextNeedlingSlot",
				Map.of("startsAt", "2026-01-01T13:00:00-07:00", "localStart", "2026-01-01T13:00:00"));
	}

	@Test
	void aProhibitedStateListsNoClinic() {
		assertThat(clinics("/public/clinics?service=dry-needling&state=CA")).extracting((clinic) -> clinic.get("id"))
			.doesNotContain(this.sacramento.toString());
	}

	@Test
	void nearAPointListsClinicsWithinTheRadiusNearestFirst() {
		List<Map<String, Object>> near = clinics("/public/clinics?service=dry-needling&near=40.76,-111.89&radiusKm=50");
		assertThat(near).extracting((clinic) -> clinic.get("id"))
			.contains(this.saltLake.toString())
			.doesNotContain(this.provo.toString(), this.ineligibleUtah.toString());
		assertThat((Double) byId(near, this.saltLake).get("distanceKm")).isLessThan(1.0);

		List<Map<String, Object>> wider = clinics(
				"/public/clinics?service=dry-needling&near=40.76,-111.89&radiusKm=100");
		assertThat(wider).extracting((clinic) -> clinic.get("distanceKm"))
			.isSortedAccordingTo((a, b) -> Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue()));
		assertThat((Double) byId(wider, this.provo).get("distanceKm")).isBetween(55.0, 65.0);
	}

	@Test
	void acceptsCoordinatesAsPreciseAsAMapGivesThem() {
		assertThat(clinics("/public/clinics?service=dry-needling&near=40.760012345678912,-111.890098765432101"))
			.extracting((clinic) -> clinic.get("id"))
			.contains(this.saltLake.toString());
	}

	@Test
	void revealsNothingAboutTherapists() {
		String body = this.client.get()
			.uri("/public/clinics?service=dry-needling&state=UT")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain(this.therapist.toString(), "therapist", "patient");
	}

	@Test
	void badSearchesAreRejectedNamingTheField() {
		expectBadRequest("/public/clinics?service=massage&state=UT", "service");
		expectBadRequest("/public/clinics?state=UT", "service");
		expectBadRequest("/public/clinics?service=dry-needling", "state");
		expectBadRequest("/public/clinics?service=dry-needling&state=XX", "state");
		expectBadRequest("/public/clinics?service=dry-needling&near=north", "near");
		expectBadRequest("/public/clinics?service=dry-needling&near=91,0", "near");
		expectBadRequest("/public/clinics?service=dry-needling&near=40.76,-111.89&radiusKm=501", "radiusKm");
		expectBadRequest("/public/clinics?service=dry-needling&near=40.76,-111.89&radiusKm=0", "radiusKm");
		expectBadRequest("/public/clinics?service=dry-needling&near=40.76,-111.89&radiusKm=far", "radiusKm");
		expectBadRequest("/public/clinics?service=dry-needling&state=UT&radiusKm=10", "radiusKm");
	}

	@Test
	void failsClosedWhenCredentialingCannotAnswer() {
		UUID clinic = openClinicAt("Albuquerque", "NM", "America/Denver", 35.0844, -106.6504);
		UUID nmTherapist = assignNewTherapist(clinic, "2026-01-01", MORNINGS);
		batchFor(nmTherapist, serverError());

		this.client.get()
			.uri("/public/clinics?service=dry-needling&state=NM")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/service-unavailable");
	}

	private static void batchFor(UUID therapist, ResponseDefinitionBuilder answer) {
		stubs.stubFor(post("/credentialing/eligibility/dry-needling/batch")
			.withRequestBody(matchingJsonPath("$.therapistIds[?(@ == '" + therapist + "')]"))
			.willReturn(answer));
	}

	private static ResponseDefinitionBuilder decisions(boolean firstEligible, UUID first, UUID... refused) {
		StringBuilder json = new StringBuilder(decision(first, firstEligible));
		for (UUID other : refused) {
			json.append(',').append(decision(other, false));
		}
		return batchAnswer(json.toString());
	}

	private static String decision(UUID therapist, boolean eligible) {
		String reasons = eligible ? "[]" : """
				[{"code":"STATE_PROHIBITS_DRY_NEEDLING","message":"Not allowed."}]""";
		return """
				{"therapistId":"%s","eligible":%s,"reasons":%s,"ruleVersion":"v1","evaluatedAt":"{{at}}"}"""
			.formatted(therapist, eligible, reasons);
	}

	private UUID openClinicAt(String city, String state, String zone, double latitude, double longitude) {
		Map<String, Object> body = Map.of("name", city + " " + UUID.randomUUID(), "addressLine1", "1 Main St", "city",
				city, "state", state, "postalCode", "84101", "phone", "801-555-0100", "zoneId", zone, "latitude",
				latitude, "longitude", longitude);
		Object id = this.client.post()
			.uri("/clinics")
			.headers(admin())
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		return UUID.fromString(id.toString());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> clinics(String uri) {
		Map<String, Object> answer = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) answer.get("clinics");
	}

	private static Map<String, Object> byId(List<Map<String, Object>> clinics, UUID id) {
		return clinics.stream().filter((clinic) -> id.toString().equals(clinic.get("id"))).findFirst().orElseThrow();
	}

	private void expectBadRequest(String uri, String field) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private static String everyDay(String start, String end) {
		StringBuilder json = new StringBuilder("[");
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			json.append(json.length() > 1 ? "," : "")
				.append("{\"dayOfWeek\":\"%s\",\"startTime\":\"%s\",\"endTime\":\"%s\"}".formatted(day, start, end));
		}
		return json.append("]").toString();
	}

}
