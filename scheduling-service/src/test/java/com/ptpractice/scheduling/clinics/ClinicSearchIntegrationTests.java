package com.ptpractice.scheduling.clinics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clinics are searched on the server by name or city, within a state, a page at a time
 * with the count of every match.
 */
class ClinicSearchIntegrationTests extends ApiIntegrationTestSupport {

	@Test
	void clinicsAreFoundByNameOrCityWithinAStateWithTheirCount() {
		String family = "Searchable" + UUID.randomUUID().toString().substring(0, 8);
		UUID ogden = open(family + " Ogden", "Ogden", "UT");
		UUID provo = open(family + " Provo", "Provo", "UT");
		UUID boulder = open("Boulder " + family, "Boulder", "CO");

		Map<?, ?> firstPage = list("?q=" + family.toLowerCase() + "&size=2");
		Map<?, ?> secondPage = list("?q=" + family + "&size=2&page=1");
		Map<?, ?> inUtah = list("?q=" + family + "&state=UT");
		Map<?, ?> byCity = list("?q=PROVO&state=UT");

		assertThat(firstPage.get("totalElements")).isEqualTo(3);
		assertThat(idsOf(firstPage)).containsExactly(boulder.toString(), ogden.toString());
		assertThat(idsOf(secondPage)).containsExactly(provo.toString());
		assertThat(idsOf(inUtah)).containsExactly(ogden.toString(), provo.toString());
		assertThat(idsOf(byCity)).contains(provo.toString()).doesNotContain(ogden.toString());
		assertThat(list("?q=%25_" + family).get("totalElements")).isEqualTo(0);
	}

	private UUID open(String name, String city, String state) {
		Map<String, Object> body = Map.of("name", name, "addressLine1", "1 Main St", "city", city, "state", state,
				"postalCode", "84401", "phone", "801-555-0100", "zoneId", "America/Denver", "latitude", 41.2,
				"longitude", -111.9);
		Map<?, ?> made = this.client.post()
			.uri("/clinics")
			.headers(admin())
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(String.valueOf(made.get("id")));
	}

	private Map<?, ?> list(String query) {
		return this.client.get()
			.uri("/clinics" + query)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> idsOf(Map<?, ?> page) {
		return ((List<?>) page.get("content")).stream().map((c) -> String.valueOf(((Map<?, ?>) c).get("id"))).toList();
	}

}
