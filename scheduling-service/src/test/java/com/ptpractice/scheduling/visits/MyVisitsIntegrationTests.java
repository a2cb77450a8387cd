package com.ptpractice.scheduling.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My visits": a therapist sees their own visits across clinics, each in its clinic's
 * zone with the clinic's address and phone; a patient sees their own with the therapist's
 * name; nobody sees another's, and a login linked to nobody sees nothing.
 */
class MyVisitsIntegrationTests extends ApiIntegrationTestSupport {

	private static final String WEEK_FROM = "2026-06-01T00:00:00-06:00";

	private static final String WEEK_TO = "2026-06-08T00:00:00-06:00";

	private final List<StubMapping> stubbed = new ArrayList<>();

	@Autowired
	@Qualifier("credentialingNamesBreaker")
	CircuitBreaker namesBreaker;

	UUID saltLake;

	UUID phoenix;

	UUID therapist;

	UUID colleague;

	String therapistToken;

	@BeforeEach
	void aTherapistWorkingInTwoClinicsAndAColleague() {
		this.saltLake = openClinic("UT", "America/Denver");
		this.phoenix = openClinic("AZ", "America/Phoenix");
		String mondays = """
				[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"17:00"}]""";
		String tuesdays = """
				[{"dayOfWeek":"TUESDAY","startTime":"08:00","endTime":"17:00"}]""";
		this.therapist = assignNewTherapist(this.saltLake, "2026-01-01", mondays);
		assign(this.phoenix, this.therapist, "2026-01-01", tuesdays);
		this.colleague = assignNewTherapist(this.saltLake, "2026-01-01", mondays);
		this.therapistToken = issuer.token("therapist-mine-" + this.therapist, Roles.THERAPIST);
		stub(get(urlPathEqualTo("/credentialing/therapists/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + this.therapistToken))
			.willReturn(okJson("{\"id\":\"" + this.therapist + "\"}")));
		stub(get(urlPathEqualTo("/credentialing/therapists")).atPriority(1)
			.withQueryParam("ids", containing(this.therapist.toString()))
			.willReturn(okJson(names(Map.of(this.therapist, "Hannah Brooks")))));
		this.namesBreaker.reset();
	}

	@AfterEach
	void removeStubs() {
		this.stubbed.forEach(stubs::removeStub);
		this.stubbed.clear();
	}

	@Test
	void aTherapistSeesTheirOwnVisitsAcrossClinicsEachInItsClinicsZone() {
		UUID patient = UUID.randomUUID();
		book(patient, this.therapist, this.saltLake, "2026-06-01T09:00:00-06:00");
		book(patient, this.therapist, this.phoenix, "2026-06-02T10:00:00-07:00");
		book(UUID.randomUUID(), this.colleague, this.saltLake, "2026-06-01T11:00:00-06:00");
		book(patient, this.therapist, this.saltLake, "2026-06-08T09:00:00-06:00");

		mine(bearer(this.therapistToken), WEEK_FROM, WEEK_TO).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[*].therapistId")
			.isEqualTo(List.of(this.therapist.toString(), this.therapist.toString()))
			.jsonPath("$[0].zoneId")
			.isEqualTo("America/Denver")
			.jsonPath("$[0].startsAt")
			.isEqualTo("2026-06-01T09:00:00-06:00")
			.jsonPath("$[0].clinic.id")
			.isEqualTo(this.saltLake.toString())
			.jsonPath("$[0].clinic.phone")
			.isEqualTo("303-555-0100")
			.jsonPath("$[0].clinic.addressLine1")
			.isEqualTo("1 Main St")
			.jsonPath("$[0].therapistName")
			.isEqualTo("Hannah Brooks")
			.jsonPath("$[1].zoneId")
			.isEqualTo("America/Phoenix")
			.jsonPath("$[1].localStart")
			.isEqualTo("2026-06-02T10:00:00");
	}

	@Test
	void aLoginLinkedToNoTherapistSeesNothing() {
		String unlinked = issuer.token("therapist-unlinked-" + this.therapist, Roles.THERAPIST);
		stub(get(urlPathEqualTo("/credentialing/therapists/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + unlinked))
			.willReturn(notFound()));

		mine(bearer(unlinked), WEEK_FROM, WEEK_TO).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://ptpractice.example/problems/therapist-login-not-linked");
	}

	@Test
	void whenCredentialingCannotSayWhoTheTherapistIsNothingIsShown() {
		String unknown = issuer.token("therapist-down-" + this.therapist, Roles.THERAPIST);
		stub(get(urlPathEqualTo("/credentialing/therapists/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + unknown))
			.willReturn(aResponse().withStatus(500)));

		mine(bearer(unknown), WEEK_FROM, WEEK_TO).expectStatus().isEqualTo(503);
	}

	@Test
	void aTherapistNamesAWindowOfAtMost31Days() {
		mine(bearer(this.therapistToken), null, WEEK_TO).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
		mine(bearer(this.therapistToken), WEEK_FROM, "2026-07-15T00:00:00-06:00").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
	}

	@Test
	void aPatientSeesTheirOwnVisitsWithClinicAndTherapistAndNobodyElses() {
		UUID own = UUID.randomUUID();
		book(own, this.therapist, this.saltLake, "2026-06-01T09:00:00-06:00");
		book(UUID.randomUUID(), this.therapist, this.saltLake, "2026-06-01T11:00:00-06:00");
		String patientToken = issuer.token("patient-mine-" + own, Roles.PATIENT);
		stub(get(urlPathEqualTo("/patient-service/patients/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + patientToken))
			.willReturn(okJson("{\"id\": \"" + own + "\"}")));

		mine(bearer(patientToken), null, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].patientId")
			.isEqualTo(List.of(own.toString()))
			.jsonPath("$[0].therapistName")
			.isEqualTo("Hannah Brooks")
			.jsonPath("$[0].clinic.name")
			.isNotEmpty()
			.jsonPath("$[0].status")
			.isEqualTo("BOOKED");
	}

	@Test
	void aTherapistsNameThatCannotBeReadLeavesTheVisitListedWithoutIt() {
		UUID own = UUID.randomUUID();
		book(own, this.colleague, this.saltLake, "2026-06-01T11:00:00-06:00");
		String patientToken = issuer.token("patient-noname-" + own, Roles.PATIENT);
		stub(get(urlPathEqualTo("/patient-service/patients/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + patientToken))
			.willReturn(okJson("{\"id\": \"" + own + "\"}")));
		stub(get(urlPathEqualTo("/credentialing/therapists")).atPriority(1)
			.withQueryParam("ids", containing(this.colleague.toString()))
			.willReturn(aResponse().withStatus(503)));

		mine(bearer(patientToken), null, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].therapistName")
			.doesNotExist();
	}

	@Test
	void thePatientsTherapistsAreNamedInOneCallToCredentialing() {
		UUID own = UUID.randomUUID();
		UUID third = assignNewTherapist(this.phoenix, "2026-01-01", """
				[{"dayOfWeek":"TUESDAY","startTime":"08:00","endTime":"17:00"}]""");
		book(own, this.therapist, this.saltLake, "2026-06-01T09:00:00-06:00");
		book(own, this.colleague, this.saltLake, "2026-06-08T11:00:00-06:00");
		book(own, third, this.phoenix, "2026-06-02T10:00:00-07:00");
		book(own, this.therapist, this.saltLake, "2026-06-15T09:00:00-06:00");
		String patientToken = issuer.token("patient-three-" + own, Roles.PATIENT);
		stub(get(urlPathEqualTo("/patient-service/patients/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + patientToken))
			.willReturn(okJson("{\"id\": \"" + own + "\"}")));
		stub(get(urlPathEqualTo("/credentialing/therapists")).atPriority(0)
			.withQueryParam("ids", containing(third.toString()))
			.willReturn(okJson(
					names(Map.of(this.therapist, "Hannah Brooks", this.colleague, "Lee Other", third, "Kim Third")))));

		int oneByOneBefore = stubs.findAll(getRequestedFor(urlPathEqualTo("/credentialing/therapists/" + third)))
			.size();

		mine(bearer(patientToken), null, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].therapistName")
			.isEqualTo(List.of("Hannah Brooks", "Kim Third", "Lee Other", "Hannah Brooks"));

		List<LoggedRequest> asked = stubs.findAll(getRequestedFor(urlPathMatching("/credentialing/therapists.*"))
			.withQueryParam("ids", containing(third.toString())));
		assertThat(asked).hasSize(1);
		assertThat(asked.get(0).queryParameter("ids").firstValue().split(","))
			.containsExactlyInAnyOrder(this.therapist.toString(), this.colleague.toString(), third.toString());
		assertThat(stubs.findAll(getRequestedFor(urlPathEqualTo("/credentialing/therapists/" + third))))
			.hasSize(oneByOneBefore);
	}

	@Test
	void whileCredentialingKeepsFailingItIsNoLongerAskedAndVisitsAreListedWithoutNames() {
		UUID own = UUID.randomUUID();
		book(own, this.colleague, this.saltLake, "2026-06-01T11:00:00-06:00");
		String patientToken = issuer.token("patient-breaker-" + own, Roles.PATIENT);
		stub(get(urlPathEqualTo("/patient-service/patients/me")).atPriority(1)
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + patientToken))
			.willReturn(okJson("{\"id\": \"" + own + "\"}")));
		stub(get(urlPathEqualTo("/credentialing/therapists")).atPriority(1)
			.withQueryParam("ids", containing(this.colleague.toString()))
			.willReturn(aResponse().withStatus(500)));

		for (int i = 0; i < 8; i++) {
			mine(bearer(patientToken), null, null).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[0].therapistName")
				.doesNotExist();
		}

		// five failures open the breaker: the last listings did not wait on credentialing
		assertThat(stubs.findAll(getRequestedFor(urlPathEqualTo("/credentialing/therapists")).withQueryParam("ids",
				containing(this.colleague.toString()))))
			.hasSize(5);
	}

	@Test
	void staffWithoutAVisitListOfTheirOwnAreRefused() {
		mine(frontDesk(), WEEK_FROM, WEEK_TO).expectStatus().isForbidden();
		mine(admin(), WEEK_FROM, WEEK_TO).expectStatus().isForbidden();
	}

	private void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
		this.stubbed.add(stubs.stubFor(mapping));
	}

	private ResponseSpec mine(Consumer<HttpHeaders> as, String from, String to) {
		return this.client.get().uri((uri) -> {
			uri.path("/visits/mine");
			if (from != null) {
				uri.queryParam("from", "{from}");
			}
			if (to != null) {
				uri.queryParam("to", "{to}");
			}
			return uri.build(java.util.stream.Stream.of(from, to).filter(java.util.Objects::nonNull).toArray());
		}).headers(as).exchange();
	}

	private void book(UUID patient, UUID therapist, UUID clinic, String startsAt) {
		this.client.post()
			.uri("/appointments")
			.headers(frontDesk())
			.body(Map.of("patientId", patient, "therapistId", therapist, "clinicId", clinic, "type", "FOLLOW_UP",
					"startsAt", startsAt))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private static String names(Map<UUID, String> names) {
		String content = names.entrySet()
			.stream()
			.map((entry) -> "{\"id\":\"%s\",\"firstName\":\"%s\",\"lastName\":\"%s\"}".formatted(entry.getKey(),
					entry.getValue().split(" ")[0], entry.getValue().split(" ")[1]))
			.collect(java.util.stream.Collectors.joining(","));
		return "{\"content\":[" + content + "],\"page\":0,\"size\":" + Math.max(1, names.size()) + ",\"totalElements\":"
				+ names.size() + ",\"totalPages\":1}";
	}

	private static Consumer<HttpHeaders> bearer(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

}
