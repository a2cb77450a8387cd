package com.ptpractice.scheduling.availability;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.ptpractice.scheduling.ApiIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A state with more working therapists than credentialing decides in one batch (500): the
 * availability search and the public finder ask in several batches and still answer.
 */
class ManyTherapistsIntegrationTests extends ApiIntegrationTestSupport {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final String BATCH = "/credentialing/eligibility/dry-needling/batch";

	@Autowired
	JdbcClient jdbc;

	@Test
	void availabilityAndFinderAnswerForMoreTherapistsThanOneBatchHolds() {
		UUID clinic = openClinic("MT", "America/Denver");
		List<UUID> therapists = assignTherapistsWorkingMornings(clinic, 1201);
		// the only eligible therapist sorts last, so it is in the third batch
		UUID eligible = therapists.stream().max(UUID::compareTo).orElseThrow();
		stubs.stubFor(
				post(BATCH).withRequestBody(matchingJsonPath("$[?(@.state == 'MT')]")).willReturn(decisions(eligible)));

		List<Map<String, Object>> slots = this.client.get()
			.uri("/availability?type=DRY_NEEDLING&from={f}&to={t}&clinicId={c}&limit=500", "2026-03-09T00:00:00-07:00",
					"2026-03-10T00:00:00-07:00", clinic)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(slots).isNotEmpty().extracting((slot) -> slot.get("therapistId")).containsOnly(eligible.toString());

		this.client.get()
			.uri("/public/clinics?service=dry-needling&state=MT")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.clinics[*].id")
			.value((ids) -> assertThat(ids.toString()).contains(clinic.toString()));

		List<Set<String>> batches = stubs
			.findAll(postRequestedFor(urlEqualTo(BATCH)).withRequestBody(matchingJsonPath("$[?(@.state == 'MT')]")))
			.stream()
			.map(ManyTherapistsIntegrationTests::therapistIds)
			.toList();
		assertThat(batches).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((ids) -> assertThat(ids).hasSizeLessThanOrEqualTo(500));
		Set<String> asked = new HashSet<>();
		batches.forEach(asked::addAll);
		assertThat(asked).containsAll(therapists.stream().map(UUID::toString).toList());
	}

	@Test
	void aFailingBatchFailsTheWholeSearchClosed() {
		UUID clinic = openClinic("WY", "America/Denver");
		List<UUID> therapists = assignTherapistsWorkingMornings(clinic, 600);
		UUID inSecondBatch = therapists.stream().max(UUID::compareTo).orElseThrow();
		stubs.stubFor(post(BATCH).withRequestBody(matchingJsonPath("$[?(@.state == 'WY')]"))
			.willReturn(decisions(inSecondBatch)));
		stubs.stubFor(post(BATCH).atPriority(1)
			.withRequestBody(matchingJsonPath("$.therapistIds[?(@ == '" + inSecondBatch + "')]"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		this.client.get()
			.uri("/availability?type=DRY_NEEDLING&from={f}&to={t}&clinicId={c}", "2026-03-09T00:00:00-07:00",
					"2026-03-10T00:00:00-07:00", clinic)
			.headers(frontDesk())
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		this.client.get().uri("/public/clinics?service=dry-needling&state=WY").exchange().expectStatus().isEqualTo(503);
	}

	/**
	 * Inserted directly: creating a thousand assignments through the API takes minutes.
	 */
	private List<UUID> assignTherapistsWorkingMornings(UUID clinic, int count) {
		this.jdbc.sql("""
				INSERT INTO assignment (id, therapist_id, clinic_id, effective_from, created_by, created_at)
				SELECT gen_random_uuid(), gen_random_uuid(), :clinic, date '2026-01-01', 'test', now()
				FROM generate_series(1, :count)""").param("clinic", clinic).param("count", count).update();
		this.jdbc.sql("""
				INSERT INTO weekly_hours (assignment_id, day_of_week, start_time, end_time)
				SELECT a.id, d, time '08:00', time '12:00'
				FROM assignment a CROSS JOIN generate_series(1, 7) d WHERE a.clinic_id = :clinic""")
			.param("clinic", clinic)
			.update();
		return this.jdbc.sql("SELECT therapist_id FROM assignment WHERE clinic_id = :clinic")
			.param("clinic", clinic)
			.query(UUID.class)
			.list();
	}

	/**
	 * Decides every therapist and instant the batch asked (only those: a template over
	 * its {@code therapistIds}), only {@code eligible} allowed.
	 */
	private static ResponseDefinitionBuilder decisions(UUID eligible) {
		return batchAnswer("""
				{{#each (jsonPath request.body '$.therapistIds') as |id|}}{{#unless @first}},{{/unless}}
				{"therapistId":"{{id}}",{{#eq id '%s'}}"eligible":true,"reasons":[]{{else}}"eligible":false,
				 "reasons":[{"code":"NO_VERIFIED_CERTIFICATION","message":"No certification."}]{{/eq}},
				 "ruleVersion":"v1","evaluatedAt":"{{at}}"}{{/each}}""".formatted(eligible));
	}

	private static Set<String> therapistIds(LoggedRequest request) {
		String body = request.getBodyAsString();
		Set<String> ids = new HashSet<>();
		Matcher matcher = UUID_TEXT.matcher(body.substring(body.indexOf("therapistIds")));
		while (matcher.find()) {
			ids.add(matcher.group());
		}
		return ids;
	}

}
