package com.ptpractice.scheduling;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.test.ExtremeInputs;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * No 500 from any input: every endpoint of the scheduling service, each date, number and
 * id input at a time, with years ±999999999, offsets beyond ±18:00, numbers past 32 bits,
 * non-UUID ids and JSON of the wrong type, answers a 4xx problem and changes nothing. The
 * credentialing and patient services are WireMock stubs; the requests start from a
 * clinic, a therapist and a booked visit made through the API.
 */
@AutoConfigureMockMvc
class ExtremeInputIntegrationTests extends ApiIntegrationTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	/**
	 * The sweep asks the stubs nothing slow; a loaded build machine should not fail it.
	 */
	@DynamicPropertySource
	static void patientReadTimeout(DynamicPropertyRegistry registry) {
		registry.add("ptpractice.services.read-timeout", () -> "5s");
	}

	@TestFactory
	Stream<DynamicNode> noInputOfAnyEndpointAnswersA500OrChangesAnything() {
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

	private ExtremeInputs endpointSamples() {
		UUID clinic = openClinic("UT", "America/Denver");
		warmUpTheStubbedServices(clinic);
		UUID therapist = assignNewTherapist(clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
		UUID patient = UUID.randomUUID();
		UUID appointment = bookFollowUp(patient, therapist, clinic, "2026-06-01T09:00:00-06:00");
		UUID series = bookSeries(patient, therapist, clinic);
		UUID seriesVisit = firstVisitOf(series);
		String clinicBody = """
				{"name": "Extreme %s", "addressLine1": "1 Main St", "addressLine2": "Suite 2", "city": "Salt Lake City",
				 "state": "UT", "postalCode": "84101", "phone": "801-555-0100", "zoneId": "America/Denver",
				 "latitude": 40.76, "longitude": -111.89, "active": true}""".formatted(UUID.randomUUID());
		return ExtremeInputs.of(this.context, this.mvc)
			.endpoint("GET /appointment-types")
			.endpoint("POST /clinics", (sample) -> sample.body(clinicBody))
			.endpoint("PUT /clinics/{id}",
					(sample) -> sample.path("id", clinic)
						.body(clinicBody.replace("\"active\": true", "\"active\": true, \"version\": 0")))
			.endpoint("GET /clinics/{id}", (sample) -> sample.path("id", clinic))
			.endpoint("GET /clinics",
					(sample) -> sample.param("state", "UT").param("q", "Salt").param("page", 0).param("size", 50))
			.endpoint("POST /clinics/{clinicId}/assignments",
					(sample) -> sample.path("clinicId", clinic)
						.body("""
								{"therapistId": "%s", "effectiveFrom": "2026-02-01", "effectiveUntil": "2026-12-31",
								 "hours": [{"dayOfWeek": "TUESDAY", "startTime": "08:00", "endTime": "12:00"}]}"""
							.formatted(UUID.randomUUID())))
			.endpoint("GET /clinics/{clinicId}/assignments", (sample) -> sample.path("clinicId", clinic))
			.endpoint("POST /therapists/{therapistId}/time-off",
					(sample) -> sample.path("therapistId", therapist).body("""
							{"startsAt": "2026-07-06T09:00:00-06:00", "endsAt": "2026-07-06T12:00:00-06:00",
							 "reason": "Conference"}"""))
			.endpoint("GET /therapists/{therapistId}/time-off",
					(sample) -> sample.path("therapistId", therapist).param("after", "2026-06-01T00:00:00-06:00"))
			.endpoint("DELETE /therapists/{therapistId}/time-off/{timeOffId}",
					(sample) -> sample.path("therapistId", therapist).path("timeOffId", UUID.randomUUID()))
			.endpoint("GET /availability",
					(sample) -> sample.param("type", "FOLLOW_UP")
						.param("from", "2026-06-01T00:00:00-06:00")
						.param("to", "2026-06-08T00:00:00-06:00")
						.param("clinicId", clinic)
						.param("state", "UT")
						.param("therapistId", therapist)
						.param("limit", 100))
			.endpoint("GET /patients/{patientId}/prior-evaluation",
					(sample) -> sample.path("patientId", patient).param("before", "2026-06-01T09:00:00-06:00"))
			.endpoint("GET /appointments/at-risk", (sample) -> sample.param("page", 0).param("size", 20))
			.endpoint("POST /appointments", (sample) -> sample.body("""
					{"patientId": "%s", "therapistId": "%s", "clinicId": "%s", "type": "FOLLOW_UP",
					 "startsAt": "2026-06-01T11:00:00-06:00"}""".formatted(UUID.randomUUID(), therapist, clinic)))
			.endpoint("POST /appointments/{id}/reschedule", (sample) -> sample.path("id", appointment).body("""
					{"startsAt": "2026-06-01T13:00:00-06:00", "therapistId": "%s"}""".formatted(therapist)))
			.endpoint("POST /appointments/{id}/cancel",
					(sample) -> sample.path("id", appointment).body("{\"reason\": \"Patient is ill\"}"))
			.endpoint("POST /appointments/{id}/corrections",
					(sample) -> sample.path("id", appointment)
						.body("{\"status\": \"CANCELLED\", \"reason\": \"Booked for the wrong patient\"}"))
			.endpoint("POST /appointments/{id}/check-in", (sample) -> sample.path("id", appointment))
			.endpoint("POST /appointments/{id}/complete", (sample) -> sample.path("id", appointment))
			.endpoint("POST /appointments/{id}/no-show", (sample) -> sample.path("id", appointment))
			.endpoint("GET /appointments/{id}", (sample) -> sample.path("id", appointment))
			.endpoint("GET /appointments", (sample) -> sample.param("patientId", patient))
			.endpoint("GET /visits/mine",
					(sample) -> sample.param("from", "2026-06-01T00:00:00-06:00")
						.param("to", "2026-06-08T00:00:00-06:00"))
			.endpoint("GET /clinics/{id}/day", (sample) -> sample.path("id", clinic).param("date", "2026-06-01"))
			.endpoint("GET /therapists/{id}/schedule",
					(sample) -> sample.path("id", therapist)
						.param("from", "2026-06-01T00:00:00-06:00")
						.param("to", "2026-06-08T00:00:00-06:00"))
			.endpoint("POST /waitlist/entries", (sample) -> sample.body("""
					{"patientId": "%s", "type": "FOLLOW_UP", "fromDate": "2026-06-01", "toDate": "2026-06-30",
					 "weekdays": ["MONDAY", "WEDNESDAY"], "earliestTime": "07:00", "latestTime": "09:30",
					 "clinicIds": ["%s"], "therapistId": "%s"}""".formatted(UUID.randomUUID(), clinic, therapist))
				.alsoValid("""
						{"patientId": "%s", "type": "FOLLOW_UP", "fromDate": "2026-06-01", "toDate": "2026-06-30",
						 "earliestTime": "07:00", "latestTime": "09:30", "state": "UT"}"""
					.formatted(UUID.randomUUID())))
			.endpoint("GET /waitlist/entries",
					(sample) -> sample.param("status", "WAITING").param("page", 0).param("size", 50))
			.endpoint("GET /waitlist/entries/{id}", (sample) -> sample.path("id", UUID.randomUUID()))
			.endpoint("GET /waitlist/entries/{id}/offers", (sample) -> sample.path("id", UUID.randomUUID()))
			.endpoint("DELETE /waitlist/entries/{id}", (sample) -> sample.path("id", UUID.randomUUID()))
			.endpoint("GET /waitlist/offers", (sample) -> sample.param("page", 0).param("size", 50))
			.endpoint("GET /waitlist/offers/{id}", (sample) -> sample.path("id", UUID.randomUUID()))
			.endpoint("POST /waitlist/offers/{id}/confirm", (sample) -> sample.path("id", UUID.randomUUID()))
			.endpoint("POST /waitlist/offers/{id}/decline", (sample) -> sample.path("id", UUID.randomUUID()))
			.endpoint("POST /series", (sample) -> sample.body(seriesBody(UUID.randomUUID(), therapist, clinic))
				.alsoValid(
						seriesBody(UUID.randomUUID(), therapist, clinic).replace("\"count\": 2,", "")
							.replace("\"mode\": \"BOOK_WHAT_CAN_BE_BOOKED\"", "\"mode\": null")
							.replace("\"therapistId\": \"" + therapist + "\",", ""),
						seriesBody(UUID.randomUUID(), therapist, clinic).replace("\"until\": \"2026-06-30\",", "")))
			.endpoint("GET /series/{id}", (sample) -> sample.path("id", series))
			.endpoint("POST /series/{id}/move", (sample) -> sample.path("id", series)
				.body("""
						{"fromDate": "2026-06-01", "weekday": "MONDAY", "toWeekday": "MONDAY", "startTime": "10:00",
						 "therapistId": "%s"}""".formatted(therapist))
				.alsoValid("{\"fromDate\": \"2026-06-01\", \"startTime\": \"10:00\"}",
						"{\"fromDate\": \"2026-06-01\", \"weekday\": \"MONDAY\", \"toWeekday\": \"TUESDAY\"}"))
			.endpoint("POST /series/{id}/cancel",
					(sample) -> sample.path("id", series)
						.body("""
								{"appointmentId": "%s", "andLater": true, "reason": "Plan of care ended"}"""
							.formatted(seriesVisit)))
			.endpoint("GET /public/clinics",
					(sample) -> sample.param("service", "dry-needling")
						.param("state", "UT")
						.param("near", "40.76,-111.89")
						.param("radiusKm", 50));
	}

	/**
	 * The first call to the stubbed credentialing service (a token, then the therapist)
	 * can outlast the read timeout on a cold JVM on a loaded machine; an assignment that
	 * gets a 503 stores nothing, so it is simply asked again.
	 */
	private void warmUpTheStubbedServices(UUID clinic) {
		String hours = """
				{"therapistId":"%s","effectiveFrom":"2026-01-01",
				 "hours":[{"dayOfWeek":"SUNDAY","startTime":"08:00","endTime":"09:00"}]}""";
		for (int attempt = 0; attempt < 5; attempt++) {
			int status = this.client.post()
				.uri("/clinics/{id}/assignments", clinic)
				.headers(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.body(hours.formatted(UUID.randomUUID()))
				.exchange()
				.returnResult()
				.getStatus()
				.value();
			if (status != 503) {
				return;
			}
		}
	}

	private static String seriesBody(UUID patient, UUID therapist, UUID clinic) {
		return """
				{"patientId": "%s", "therapistId": "%s", "clinicId": "%s", "type": "FOLLOW_UP",
				 "weekdays": ["MONDAY"], "startTime": "14:00", "firstDate": "2026-06-08", "count": 2,
				 "until": "2026-06-30", "mode": "BOOK_WHAT_CAN_BE_BOOKED"}""".formatted(patient, therapist, clinic);
	}

	private UUID bookSeries(UUID patient, UUID therapist, UUID clinic) {
		Object id = this.client.post()
			.uri("/series")
			.headers(frontDesk())
			.contentType(MediaType.APPLICATION_JSON)
			.body(seriesBody(patient, therapist, clinic))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		return UUID.fromString(String.valueOf(id));
	}

	@SuppressWarnings("unchecked")
	private UUID firstVisitOf(UUID series) {
		Map<String, Object> view = this.client.get()
			.uri("/series/{id}", series)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID
			.fromString(String.valueOf(((java.util.List<Map<String, Object>>) view.get("visits")).get(0).get("id")));
	}

	private UUID bookFollowUp(UUID patient, UUID therapist, UUID clinic, String startsAt) {
		Map<String, Object> body = Map.of("patientId", patient, "therapistId", therapist, "clinicId", clinic, "type",
				"FOLLOW_UP", "startsAt", startsAt);
		Object id = this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		return UUID.fromString(String.valueOf(id));
	}

}
