package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.body;
import static com.ptpractice.e2e.Stack.get;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the gateway with real tokens: a practice administrator opens a clinic in Denver
 * and assigns a therapist that credentialing knows; the front desk finds a follow-up
 * slot, books it, loses the race for it from several threads at once, and cancels.
 */
class SchedulingE2ETests {

	private static final String API = GATEWAY + "/api/scheduling";

	@Test
	void openAssignFindBookRaceAndCancel() throws Exception {
		String admin = userToken("practiceadmin");
		String frontDesk = userToken("frontdesk");
		String therapistId = Fixtures.therapist(userToken("credadmin"));
		String clinicId = Fixtures.clinic(admin, "Denver", "CO", "80202", "America/Denver", 39.7420, -104.9870);
		Fixtures.assignDaily(admin, clinicId, therapistId, "08:00", "17:00");

		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(7);
		HttpResponse<String> slots = get(API + "/availability?type=FOLLOW_UP&clinicId=" + clinicId + "&from=" + day
				+ "T00:00:00Z&to=" + day.plusDays(7) + "T00:00:00Z&limit=10", frontDesk);
		assertThat(slots.statusCode()).isEqualTo(200);
		JsonNode first = body(slots).get(0);
		assertThat(first.get("zoneId").asString()).isEqualTo("America/Denver");
		String startsAt = first.get("startsAt").asString();

		Map<String, Object> booking = Map.of("patientId", UUID.randomUUID().toString(), "therapistId", therapistId,
				"clinicId", clinicId, "type", "FOLLOW_UP", "startsAt", startsAt);
		HttpResponse<String> booked = Http.post(API + "/appointments", frontDesk, booking,
				UUID.randomUUID().toString());
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		String appointmentId = body(booked).get("id").asString();

		HttpResponse<String> nextSlot = get(API + "/availability?type=FOLLOW_UP&clinicId=" + clinicId + "&from=" + day
				+ "T00:00:00Z&to=" + day.plusDays(7) + "T00:00:00Z&limit=10", frontDesk);
		assertThat(body(nextSlot).get(0).get("startsAt").asString()).isNotEqualTo(startsAt);

		String raceStart = body(nextSlot).get(0).get("startsAt").asString();
		assertThat(race(frontDesk, therapistId, clinicId, raceStart, 4)).containsOnly(201, 409)
			.filteredOn((status) -> status == 201)
			.hasSize(1);

		HttpResponse<String> cancelled = Http.post(API + "/appointments/" + appointmentId + "/cancel", frontDesk,
				Map.of("reason", "patient called"));
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(body(cancelled).get("status").asString()).isEqualTo("CANCELLED");
	}

	private static List<Integer> race(String token, String therapistId, String clinicId, String startsAt, int racers)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
			for (int i = 0; i < racers; i++) {
				Map<String, Object> booking = Map.of("patientId", UUID.randomUUID().toString(), "therapistId",
						therapistId, "clinicId", clinicId, "type", "FOLLOW_UP", "startsAt", startsAt);
				outcomes.add(pool.submit(() -> {
					start.await();
					return Http.post(API + "/appointments", token, booking).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> outcome : outcomes) {
				statuses.add(outcome.get());
			}
			return statuses;
		}
	}

}
