package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;

import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.SCHEDULING;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Fail closed: with the credentialing service stopped, a needling booking is answered 503
 * by the gateway and again by the scheduling service when called directly, and nothing is
 * booked; once credentialing is back, the very same booking succeeds. Runs alone, since
 * it takes a service away from every other test.
 */
@Isolated
class FailClosedE2ETests {

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static String frontDesk;

	private static String therapistId;

	private static String clinicId;

	private static String patientId;

	private static LocalDate day;

	@BeforeAll
	static void aReadyPatientWithAnEvaluationInUtah() {
		String practiceAdmin = userToken("practiceadmin");
		frontDesk = userToken("frontdesk");
		therapistId = Fixtures.utahReadyTherapist(userToken("credadmin"));
		clinicId = Fixtures.clinic(practiceAdmin, "Ogden", "UT", "84401", "America/Denver", 41.2230, -111.9738);
		Fixtures.assignDaily(practiceAdmin, clinicId, therapistId, "08:00", "12:00");
		patientId = Fixtures.screenedPatient(frontDesk, true);
		day = LocalDate.now(DENVER).plusDays(10 + (int) (Math.random() * 60));
		HttpResponse<String> evaluation = book(GATEWAY + "/api/scheduling", "INITIAL_EVALUATION", "08:00",
				UUID.randomUUID().toString());
		assertThat(evaluation.statusCode()).as(evaluation.body()).isEqualTo(201);
	}

	@Test
	void aNeedlingBookingWaitsForCredentialingAndNeverSlipsThrough() {
		String key = UUID.randomUUID().toString();
		assumeThat(Stack.stackScript("stop-service", "credentialing-service"))
			.as("the stack was not started by scripts/stack.sh, so this test cannot stop a service")
			.isTrue();
		try {
			HttpResponse<String> atTheGateway = book(GATEWAY + "/api/scheduling", "DRY_NEEDLING", "10:00", key);
			assertUnavailable(atTheGateway);

			HttpResponse<String> straightToScheduling = book(SCHEDULING, "DRY_NEEDLING", "10:00",
					UUID.randomUUID().toString());
			assertUnavailable(straightToScheduling);

			assertThat(appointmentTypes()).containsExactly("INITIAL_EVALUATION");
		}
		finally {
			Stack.stackScript("start-service", "credentialing-service");
		}

		HttpResponse<String> afterwards = book(GATEWAY + "/api/scheduling", "DRY_NEEDLING", "10:00", key);
		assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(201);
		assertThat(appointmentTypes()).containsExactlyInAnyOrder("INITIAL_EVALUATION", "DRY_NEEDLING");
	}

	private static void assertUnavailable(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private static List<String> appointmentTypes() {
		HttpResponse<String> appointments = Stack.get(GATEWAY + "/api/scheduling/appointments?patientId=" + patientId,
				frontDesk);
		assertThat(appointments.statusCode()).as(appointments.body()).isEqualTo(200);
		return Stack.body(appointments).values().stream().map((JsonNode a) -> a.get("type").asString()).toList();
	}

	private static HttpResponse<String> book(String base, String type, String localTime, String key) {
		String startsAt = day.atTime(LocalTime.parse(localTime)).atZone(DENVER).toOffsetDateTime().toString();
		return Http.post(base + "/appointments", frontDesk, Map.of("patientId", patientId, "therapistId", therapistId,
				"clinicId", clinicId, "type", type, "startsAt", startsAt), key);
	}

}
