package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public clinic finder through the gateway without a token: a Utah clinic with an
 * eligible therapist is listed with its next needling slot; a California clinic never is.
 */
class ClinicFinderE2ETests {

	private static final String FINDER = GATEWAY + "/api/public/clinics?service=dry-needling";

	private static String utahClinic;

	private static String californiaClinic;

	private static double latitude;

	private static double longitude;

	@BeforeAll
	static void utahAndCaliforniaClinicsWithTheSameEligibleTherapist() {
		String practiceAdmin = userToken("practiceadmin");
		String therapistId = Fixtures.utahReadyTherapist(userToken("credadmin"));
		// a point of its own in rural Utah, so that earlier runs' clinics do not crowd it
		// out
		latitude = 38.3 + Math.random() * 0.4;
		longitude = -112.7 + Math.random() * 0.4;
		utahClinic = Fixtures.clinic(practiceAdmin, "Beaver", "UT", "84713", "America/Denver", latitude, longitude);
		californiaClinic = Fixtures.clinic(practiceAdmin, "Sacramento", "CA", "95814", "America/Los_Angeles", 38.5816,
				-121.4944);
		Fixtures.assignDaily(practiceAdmin, utahClinic, therapistId, "08:00", "12:00");
		Fixtures.assignDaily(practiceAdmin, californiaClinic, therapistId, "13:00", "17:00");
	}

	@Test
	void listsTheUtahClinicNearAPointWithoutAToken() {
		HttpResponse<String> found = Stack.get(FINDER + "&near=" + latitude + "," + longitude + "&radiusKm=1", null);

		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		JsonNode clinic = clinicWithId(Stack.body(found), utahClinic);
		assertThat(clinic).as(found.body()).isNotNull();
		assertThat(clinic.get("state").asString()).isEqualTo("UT");
		assertThat(clinic.get("zoneId").asString()).isEqualTo("America/Denver");
		assertThat(clinic.get("distanceKm").asDouble()).isLessThan(0.1);
		assertThat(clinic.get("nextNeedlingSlot").get("startsAt").asString()).isNotBlank();
		assertThat(found.body()).doesNotContain("therapist", "patient");
	}

	@Test
	void neverListsACaliforniaClinic() {
		HttpResponse<String> found = Stack.get(FINDER + "&state=CA", null);

		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		assertThat(ids(Stack.body(found))).doesNotContain(californiaClinic);
	}

	@Test
	void badInputIs400NamingTheField() {
		HttpResponse<String> bad = Stack.get(FINDER + "&near=north", null);

		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
		assertThat(Stack.body(bad).get("errors").get(0).get("field").asString()).isEqualTo("near");
	}

	private static JsonNode clinicWithId(JsonNode answer, String id) {
		for (JsonNode clinic : answer.get("clinics")) {
			if (clinic.get("id").asString().equals(id)) {
				return clinic;
			}
		}
		return null;
	}

	private static List<String> ids(JsonNode answer) {
		List<String> ids = new ArrayList<>();
		answer.get("clinics").forEach((clinic) -> ids.add(clinic.get("id").asString()));
		return ids;
	}

}
