package com.ptpractice.scheduling.assignments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice administrator lists a therapist's upcoming time off and removes a stretch
 * recorded by mistake; the time it covered is offered again. The clock stands at
 * 2026-01-01T00:00Z.
 */
class TimeOffIntegrationTests extends ApiIntegrationTestSupport {

	private static final String MONDAY_MORNINGS = """
			[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"10:00"}]""";

	@Test
	void listsTheTimeOffThatHasNotEndedEarliestFirst() {
		UUID therapist = UUID.randomUUID();
		record(therapist, "2025-12-01T08:00:00-07:00", "2025-12-02T08:00:00-07:00", "Over already");
		UUID later = record(therapist, "2026-03-02T08:00:00-07:00", "2026-03-03T08:00:00-07:00", "Conference");
		UUID sooner = record(therapist, "2025-12-31T12:00:00-07:00", "2026-01-05T08:00:00-07:00", null);
		record(UUID.randomUUID(), "2026-02-02T08:00:00-07:00", "2026-02-03T08:00:00-07:00", "Someone else");

		List<Map<String, Object>> listed = list(therapist, "");

		assertThat(listed).extracting((off) -> off.get("id")).containsExactly(sooner.toString(), later.toString());
		assertThat(listed.get(0)).containsEntry("startsAt", "2025-12-31T19:00:00Z")
			.containsEntry("endsAt", "2026-01-05T15:00:00Z")
			.containsEntry("therapistId", therapist.toString());
		assertThat(listed.get(1)).containsEntry("reason", "Conference");
		assertThat(list(therapist, "?after=2026-02-01T00:00:00-07:00")).extracting((off) -> off.get("id"))
			.containsExactly(later.toString());
	}

	@Test
	void removedTimeOffIsOfferedAgain() {
		UUID clinic = openClinic("CO", "America/Denver");
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", MONDAY_MORNINGS);
		UUID off = record(therapist, "2026-01-05T00:00:00-07:00", "2026-01-06T00:00:00-07:00", "Sick");
		assertThat(mondaySlots(clinic)).isEmpty();

		this.client.delete()
			.uri("/therapists/{t}/time-off/{id}", therapist, off)
			.headers(admin())
			.exchange()
			.expectStatus()
			.isNoContent();

		assertThat(list(therapist, "")).isEmpty();
		assertThat(mondaySlots(clinic)).hasSize(6);
	}

	@Test
	void timeOffOfAnotherTherapistOrNoneAtAllIsNotFound() {
		UUID therapist = UUID.randomUUID();
		UUID off = record(therapist, "2026-02-02T08:00:00-07:00", "2026-02-03T08:00:00-07:00", null);

		for (String uri : List.of("/therapists/" + UUID.randomUUID() + "/time-off/" + off,
				"/therapists/" + therapist + "/time-off/" + UUID.randomUUID())) {
			this.client.delete()
				.uri(uri)
				.headers(admin())
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType("application/problem+json");
		}
		assertThat(list(therapist, "")).hasSize(1);
	}

	@Test
	void timeOffThatIsOverStaysAsItWas() {
		UUID therapist = UUID.randomUUID();
		UUID off = record(therapist, "2025-12-01T08:00:00-07:00", "2025-12-02T08:00:00-07:00", null);

		this.client.delete()
			.uri("/therapists/{t}/time-off/{id}", therapist, off)
			.headers(admin())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.value((type) -> assertThat(type.toString()).endsWith("/time-off-over"));
		assertThat(list(therapist, "?after=2025-11-01T00:00:00Z")).hasSize(1);
	}

	@Test
	void theFrontDeskSeesTimeOffButDoesNotRemoveIt() {
		UUID therapist = UUID.randomUUID();
		UUID off = record(therapist, "2026-02-02T08:00:00-07:00", "2026-02-03T08:00:00-07:00", null);

		this.client.delete()
			.uri("/therapists/{t}/time-off/{id}", therapist, off)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(list(therapist, "")).hasSize(1);
	}

	private UUID record(UUID therapist, String startsAt, String endsAt, String reason) {
		Map<String, Object> body = (reason != null) ? Map.of("startsAt", startsAt, "endsAt", endsAt, "reason", reason)
				: Map.of("startsAt", startsAt, "endsAt", endsAt);
		Object id = this.client.post()
			.uri("/therapists/{t}/time-off", therapist)
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

	private List<Map<String, Object>> list(UUID therapist, String query) {
		return this.client.get()
			.uri("/therapists/" + therapist + "/time-off" + query)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private List<Map<String, Object>> mondaySlots(UUID clinic) {
		return this.client.get()
			.uri("/availability?type=FOLLOW_UP&from={from}&to={to}&clinicId={c}&limit=100", "2026-01-05T00:00:00-07:00",
					"2026-01-06T00:00:00-07:00", clinic)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
