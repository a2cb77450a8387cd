package com.ptpractice.scheduling.waitlist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waitlist against the real database: a freed slot is held for the first waiting
 * patient only, the hold keeps every other booking off it, declining passes it on, a
 * lapsed hold frees it, and a needling entry is offered only what the one decision
 * allows. "Now" is the test clock; a hold lapses when the test moves it past
 * {@code heldUntil}, no waiting involved.
 */
class WaitlistIntegrationTests extends ApiIntegrationTestSupport {

	private static final String ELIGIBLE = """
			{"eligible":true,"reasons":[],"ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	private static final String NO_CONSENT = """
			{"eligible":false,"reasons":[{"code":"CONSENT_MISSING","message":"No signed consent."}],
			 "ruleVersion":"v1","evaluatedAt":"{{request.query.at}}"}""";

	/** A Monday in June, 09:00 in Denver. */
	private static final String SLOT = "2026-06-01T09:00:00-06:00";

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WaitlistJob job;

	@Autowired
	JdbcClient jdbc;

	private final List<StubMapping> stubbed = new ArrayList<>();

	private UUID clinic;

	private UUID therapist;

	@BeforeEach
	void aTherapistWorkingMondays() {
		this.stubbed.add(stubs.stubFor(get(urlPathEqualTo("/credentialing/eligibility/dry-needling")).atPriority(100)
			.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.stubbed.add(stubs
			.stubFor(get(urlPathMatching("/patient-service/patients/[^/]+/dry-needling-readiness")).atPriority(100)
				.willReturn(okJson(ELIGIBLE).withTransformers("response-template"))));
		this.clinic = openClinic("UT", "America/Denver");
		this.therapist = assignNewTherapist(this.clinic, "2026-01-01", """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""");
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void aCancellationIsHeldForTheFirstOfTwoWaitingPatientsOnlyAndNoOtherBookingTakesIt() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID first = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		setNow(NOW.plusSeconds(1));
		UUID second = addEntry(UUID.randomUUID(), "FOLLOW_UP");

		cancel(visit);

		List<Map<String, Object>> offersOfFirst = offersOf(first);
		assertThat(offersOfFirst).singleElement().satisfies((offer) -> {
			assertThat(offer.get("status")).isEqualTo("HELD");
			assertThat(offer.get("startsAt")).isEqualTo(SLOT);
			assertThat(offer.get("heldUntil")).isEqualTo("2026-01-01T00:15:01Z");
		});
		assertThat(offersOf(second)).isEmpty();
		assertThat(entryStatus(first)).isEqualTo("OFFERED");
		assertThat(entryStatus(second)).isEqualTo("WAITING");
		assertThat(heldOfferIds()).contains(offersOfFirst.get(0).get("id").toString());

		this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(booking(UUID.randomUUID(), "FOLLOW_UP", SLOT))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		UUID elsewhere = book(UUID.randomUUID(), "FOLLOW_UP", "2026-06-01T14:00:00-06:00");
		this.client.post()
			.uri("/appointments/{id}/reschedule", elsewhere)
			.headers(frontDesk())
			.body(Map.of("startsAt", "2026-06-01T09:15:00-06:00"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		assertThat(freeStarts()).doesNotContain("2026-06-01T09:00:00-06:00", "2026-06-01T09:15:00-06:00");
	}

	@Test
	void declineOffersTheSlotToTheNextWaitingPatient() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID first = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		setNow(NOW.plusSeconds(1));
		UUID second = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		cancel(visit);
		String offer = offersOf(first).get(0).get("id").toString();

		Map<String, Object> declined = post("/waitlist/offers/{id}/decline", offer, 200);

		assertThat(declined.get("status")).isEqualTo("DECLINED");
		assertThat(declined.get("decidedBy")).isEqualTo("front_desk-1");
		assertThat(entryStatus(first)).isEqualTo("WAITING");
		assertThat(offersOf(second)).singleElement().satisfies((next) -> {
			assertThat(next.get("status")).isEqualTo("HELD");
			assertThat(next.get("startsAt")).isEqualTo(SLOT);
		});
		assertThat(auditOf(first)).containsExactly("ADDED:front_desk-1", "OFFERED:front_desk-1",
				"DECLINED:front_desk-1");
	}

	@Test
	void confirmingBooksTheHeldSlotForThePatientThroughTheBookingRules() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID patient = UUID.randomUUID();
		UUID entry = addEntry(patient, "FOLLOW_UP");
		cancel(visit);
		String offer = offersOf(entry).get(0).get("id").toString();

		Map<String, Object> confirmed = post("/waitlist/offers/{id}/confirm", offer, 200);
		Map<String, Object> again = post("/waitlist/offers/{id}/confirm", offer, 200);

		assertThat(confirmed.get("status")).isEqualTo("CONFIRMED");
		assertThat(again.get("appointmentId")).isEqualTo(confirmed.get("appointmentId"));
		Map<?, ?> appointment = this.client.get()
			.uri("/appointments/{id}", confirmed.get("appointmentId"))
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(appointment.get("patientId")).isEqualTo(patient.toString());
		assertThat(appointment.get("startsAt")).isEqualTo(SLOT);
		assertThat(appointment.get("status")).isEqualTo("BOOKED");
		assertThat(entryStatus(entry)).isEqualTo("BOOKED");
		post("/waitlist/offers/{id}/decline", offer, 409);
	}

	@Test
	void aLapsedHoldFreesTheSlotForBookingAndTheJobOffersItToTheNextPatient() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID first = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		setNow(NOW.plusSeconds(1));
		UUID second = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		cancel(visit);
		String offer = offersOf(first).get(0).get("id").toString();

		setNow(NOW.plus(Duration.ofMinutes(16)));

		assertThat(getOffer(offer).get("status")).isEqualTo("EXPIRED");
		assertThat(freeStarts()).contains("2026-06-01T09:00:00-06:00");
		post("/waitlist/offers/{id}/confirm", offer, 409);

		assertThat(this.job.run()).isGreaterThanOrEqualTo(1);
		assertThat(entryStatus(first)).isEqualTo("WAITING");
		assertThat(offersOf(second)).singleElement()
			.satisfies((next) -> assertThat(next.get("status")).isEqualTo("HELD"));
		assertThat(auditOf(first)).contains("EXPIRED:system");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSeriesOverHeldTimeIsRefusedThatVisitAndBooksTheOthers() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID entry = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		cancel(visit);
		assertThat(offersOf(entry)).singleElement()
			.satisfies((offer) -> assertThat(offer.get("status")).isEqualTo("HELD"));

		Map<String, Object> series = new HashMap<>(Map.of("patientId", UUID.randomUUID(), "therapistId", this.therapist,
				"clinicId", this.clinic, "type", "FOLLOW_UP", "weekdays", List.of("MONDAY"), "startTime", "09:00",
				"firstDate", "2026-06-01", "count", 2, "mode", "BOOK_WHAT_CAN_BE_BOOKED"));
		Map<?, ?> answer = this.client.post()
			.uri("/series")
			.headers(frontDesk().andThen((headers) -> headers.set("Idempotency-Key", UUID.randomUUID().toString())))
			.body(series)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		List<Map<String, Object>> visits = (List<Map<String, Object>>) answer.get("occurrences");
		assertThat(visits).extracting((occurrence) -> occurrence.get("status")).containsExactly("REFUSED", "BOOKED");
		assertThat((List<Map<String, Object>>) visits.get(0).get("reasons")).extracting((reason) -> reason.get("code"))
			.containsExactly("SLOT_TAKEN");
		assertThat(entryStatus(entry)).isEqualTo("OFFERED");

		// once the hold has lapsed, the same time is the series' to take
		setNow(NOW.plus(Duration.ofMinutes(15)));
		series.put("count", 1);
		series.put("patientId", UUID.randomUUID());
		this.client.post()
			.uri("/series")
			.headers(frontDesk().andThen((headers) -> headers.set("Idempotency-Key", UUID.randomUUID().toString())))
			.body(series)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.occurrences[0].status")
			.isEqualTo("BOOKED");
		assertThat(entryStatus(entry)).isEqualTo("WAITING");
	}

	@Test
	void aLapsedHoldNotYetReleasedDoesNotKeepASingleBookingOff() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID entry = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		cancel(visit);
		String offer = offersOf(entry).get(0).get("id").toString();

		setNow(NOW.plus(Duration.ofMinutes(15)));
		book(UUID.randomUUID(), "FOLLOW_UP", SLOT);

		assertThat(getOffer(offer).get("status")).isEqualTo("EXPIRED");
		assertThat(entryStatus(entry)).isEqualTo("WAITING");
	}

	@Test
	void aNeedlingEntryWhoseDecisionRefusesIsNotOfferedAndTheNextEntryIs() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID refused = UUID.randomUUID();
		this.stubbed
			.add(stubs.stubFor(get(urlPathEqualTo("/patient-service/patients/" + refused + "/dry-needling-readiness"))
				.willReturn(okJson(NO_CONSENT).withTransformers("response-template"))));
		UUID needling = addEntry(refused, "DRY_NEEDLING");
		setNow(NOW.plusSeconds(1));
		UUID next = addEntry(UUID.randomUUID(), "FOLLOW_UP");

		cancel(visit);

		assertThat(offersOf(needling)).isEmpty();
		assertThat(entryStatus(needling)).isEqualTo("WAITING");
		assertThat(offersOf(next)).singleElement()
			.satisfies((offer) -> assertThat(offer.get("status")).isEqualTo("HELD"));
		assertThat(auditOf(needling)).contains("NOT_ELIGIBLE:front_desk-1");
		assertThat(this.jdbc.sql("SELECT reasons::text FROM waitlist_refusal WHERE entry_id = :entry")
			.param("entry", needling)
			.query(String.class)
			.single()).contains("CONSENT_MISSING");
	}

	@Test
	void aNeedlingDecisionThatCannotBeTakenOffersNothingAndIsTriedAgainLater() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID patient = UUID.randomUUID();
		StubMapping down = stubs
			.stubFor(get(urlPathEqualTo("/patient-service/patients/" + patient + "/dry-needling-readiness"))
				.willReturn(serverError()));
		this.stubbed.add(down);
		UUID needling = addEntry(patient, "DRY_NEEDLING");
		setNow(NOW.plusSeconds(1));
		UUID later = addEntry(UUID.randomUUID(), "FOLLOW_UP");

		cancel(visit);

		assertThat(offersOf(needling)).isEmpty();
		assertThat(offersOf(later)).isEmpty();
		assertThat(freeStarts()).contains("2026-06-01T09:00:00-06:00");

		stubs.removeStub(down);
		this.stubbed.remove(down);
		// the patient has an initial evaluation before the slot, as the one decision
		// needs
		this.jdbc.sql("""
				INSERT INTO appointment (id, patient_id, therapist_id, clinic_id, type_code, involves_dry_needling,
				    starts_at, ends_at, status, created_by, created_at)
				VALUES (:id, :patient, :therapist, :clinic, 'INITIAL_EVALUATION', false,
				    timestamptz '2026-05-04T09:00:00-06:00', timestamptz '2026-05-04T10:00:00-06:00', 'BOOKED', 'test',
				    now())""")
			.param("id", UUID.randomUUID())
			.param("patient", patient)
			.param("therapist", this.therapist)
			.param("clinic", this.clinic)
			.update();
		this.job.run();

		assertThat(offersOf(needling)).singleElement().satisfies((offer) -> {
			assertThat(offer.get("status")).isEqualTo("HELD");
			assertThat(offer.get("type")).isEqualTo("DRY_NEEDLING");
			assertThat(offer.get("endsAt")).isEqualTo("2026-06-01T09:30:00-06:00");
		});
		assertThat(offersOf(later)).isEmpty();
	}

	@Test
	void removingAnEntryWithdrawsItsOfferAndPassesTheSlotOn() {
		UUID visit = book(UUID.randomUUID(), "FOLLOW_UP", SLOT);
		UUID first = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		setNow(NOW.plusSeconds(1));
		UUID second = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		cancel(visit);

		this.client.delete().uri("/waitlist/entries/{id}", first).headers(frontDesk()).exchange().expectStatus().isOk();

		assertThat(entryStatus(first)).isEqualTo("REMOVED");
		assertThat(offersOf(first)).singleElement()
			.satisfies((offer) -> assertThat(offer.get("status")).isEqualTo("WITHDRAWN"));
		assertThat(offersOf(second)).singleElement()
			.satisfies((offer) -> assertThat(offer.get("status")).isEqualTo("HELD"));
	}

	@Test
	void aPatientWaitsOnceForATypeAndAWindowIsChecked() {
		UUID patient = UUID.randomUUID();
		addEntry(patient, "FOLLOW_UP");
		this.client.post()
			.uri("/waitlist/entries")
			.headers(frontDesk())
			.body(entry(patient, "FOLLOW_UP"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.client.post()
			.uri("/waitlist/entries")
			.headers(frontDesk())
			.body("""
					{"patientId":"%s","type":"FOLLOW_UP","fromDate":"2026-06-30","toDate":"2026-06-01",
					 "earliestTime":"08:00","latestTime":"12:00","state":"UT","clinicIds":["%s"]}"""
				.formatted(UUID.randomUUID(), this.clinic))
			.header("Content-Type", "application/json")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("toDate");
	}

	@Test
	void onlyTheFrontDeskAndPracticeAdministratorsReachTheWaitlist() {
		UUID entry = addEntry(UUID.randomUUID(), "FOLLOW_UP");
		for (String role : List.of(Roles.THERAPIST, Roles.PATIENT, Roles.CREDENTIALING_ADMIN)) {
			this.client.get()
				.uri("/waitlist/entries/{id}", entry)
				.headers(as(role))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.client.get().uri("/waitlist/offers").headers(as(role)).exchange().expectStatus().isForbidden();
			this.client.post()
				.uri("/waitlist/entries")
				.headers(as(role))
				.body(entry(UUID.randomUUID(), "FOLLOW_UP"))
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		this.client.get().uri("/waitlist/entries/{id}", entry).headers(admin()).exchange().expectStatus().isOk();
	}

	private UUID book(UUID patient, String type, String startsAt) {
		Map<?, ?> booked = this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(booking(patient, type, startsAt))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(booked.get("id").toString());
	}

	private Map<String, Object> booking(UUID patient, String type, String startsAt) {
		return Map.of("patientId", patient, "therapistId", this.therapist, "clinicId", this.clinic, "type", type,
				"startsAt", startsAt);
	}

	private void cancel(UUID visit) {
		this.client.post()
			.uri("/appointments/{id}/cancel", visit)
			.headers(frontDesk())
			.body(Map.of("reason", "Patient called"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private UUID addEntry(UUID patient, String type) {
		Map<?, ?> added = this.client.post()
			.uri("/waitlist/entries")
			.headers(frontDesk())
			.body(entry(patient, type))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString(added.get("id").toString());
	}

	private Map<String, Object> entry(UUID patient, String type) {
		return Map.of("patientId", patient, "type", type, "fromDate", "2026-06-01", "toDate", "2026-06-30", "weekdays",
				List.of("MONDAY"), "earliestTime", "08:00", "latestTime", "12:00", "clinicIds", List.of(this.clinic));
	}

	private List<Map<String, Object>> offersOf(UUID entry) {
		return this.client.get()
			.uri("/waitlist/entries/{id}/offers", entry)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(LIST)
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> getOffer(String offer) {
		return this.client.get()
			.uri("/waitlist/offers/{id}", offer)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private List<String> heldOfferIds() {
		Map<?, ?> page = this.client.get()
			.uri("/waitlist/offers?size=200")
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) page.get("content")).stream()
			.map((offer) -> ((Map<?, ?>) offer).get("id").toString())
			.toList();
	}

	private String entryStatus(UUID entry) {
		return this.client.get()
			.uri("/waitlist/entries/{id}", entry)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("status")
			.toString();
	}

	private Map<String, Object> post(String uri, String id, int status) {
		return this.client.post()
			.uri(uri, id)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private List<String> auditOf(UUID entry) {
		return this.jdbc.sql("SELECT kind || ':' || actor FROM waitlist_event WHERE entry_id = :entry ORDER BY seq")
			.param("entry", entry)
			.query(String.class)
			.list();
	}

	/**
	 * The free FOLLOW_UP starts of the therapist on the slot's day, as availability
	 * answers.
	 */
	private List<String> freeStarts() {
		List<Map<String, Object>> slots = this.client.get()
			.uri((uri) -> uri.path("/availability")
				.queryParam("type", "FOLLOW_UP")
				.queryParam("from", "2026-06-01T00:00:00-06:00")
				.queryParam("to", "2026-06-02T00:00:00-06:00")
				.queryParam("therapistId", this.therapist)
				.build())
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(LIST)
			.returnResult()
			.getResponseBody();
		return slots.stream().map((slot) -> slot.get("startsAt").toString()).toList();
	}

}
