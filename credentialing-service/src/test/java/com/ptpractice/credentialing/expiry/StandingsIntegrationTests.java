package com.ptpractice.credentialing.expiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One call for a page of therapists' standings per state, a name search with its count,
 * names by id in one call, and the preview of a rule version: all against the real
 * database and the same decision as eligibility.
 */
class StandingsIntegrationTests extends CredentialingApiTests {

	@Test
	void aPageOfStandingsGivesEachStateTheEligibilityDecisionAndTheCount() {
		String family = "Standing" + UUID.randomUUID().toString().substring(0, 8);
		UUID ready = named(utahReadyTherapist(), "Ada", family);
		UUID unverified = named(createTherapist(), "Bea", family);
		addCredential(unverified, license("UT", "2019-05-01", "2031-12-31"));

		JsonNode page = get("/therapists/standings?q=" + family + "&size=1&on=2031-12-01", admin(), HttpStatus.OK);

		assertThat(page.get("totalElements").asInt()).isEqualTo(2);
		assertThat(page.get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("on").asString()).isEqualTo("2031-12-01");
		JsonNode first = page.get("content").get(0);
		assertThat(first.get("id").asString()).isEqualTo(ready.toString());
		JsonNode utah = first.get("standings").get(0);
		assertThat(utah.get("state").asString()).isEqualTo("UT");
		assertThat(utah.get("eligible").asBoolean())
			.isEqualTo(decision(ready, "2031-12-01").get("eligible").asBoolean())
			.isTrue();
		assertThat(utah.get("lapsesOn").asString()).isEqualTo("2032-01-01");

		JsonNode second = get("/therapists/standings?q=" + family + "&size=1&page=1&on=2031-12-01",
				tokenFor(Roles.PRACTICE_ADMIN), HttpStatus.OK)
			.get("content")
			.get(0);
		assertThat(second.get("id").asString()).isEqualTo(unverified.toString());
		assertThat(second.get("standings").get(0).get("eligible").asBoolean()).isFalse();
		assertThat(codes(second.get("standings").get(0).get("reasons")))
			.isEqualTo(codes(decision(unverified, "2031-12-01").get("reasons")));
	}

	@Test
	void standingsSortByNameOrNpiEitherWayAcrossPages() {
		String family = "Sorted" + UUID.randomUUID().toString().substring(0, 8);
		UUID zed = named(createTherapist(), "Zed", family + "a");
		UUID amy = named(createTherapist(), "Amy", family + "b");
		UUID bob = named(createTherapist(), "bob", family + "a");
		String npiOfZed = get("/therapists/" + zed, admin(), HttpStatus.OK).get("npi").asString();
		String npiOfAmy = get("/therapists/" + amy, admin(), HttpStatus.OK).get("npi").asString();
		String npiOfBob = get("/therapists/" + bob, admin(), HttpStatus.OK).get("npi").asString();
		List<String> byNpi = Stream.of(npiOfZed, npiOfAmy, npiOfBob).sorted().toList();

		assertThat(idsOf(family, "&sort=name")).containsExactly(bob.toString(), zed.toString(), amy.toString());
		assertThat(idsOf(family, "")).containsExactly(bob.toString(), zed.toString(), amy.toString());
		assertThat(idsOf(family, "&sort=-name")).containsExactly(amy.toString(), zed.toString(), bob.toString());
		assertThat(npisOf(family, "&sort=npi")).containsExactlyElementsOf(byNpi);
		assertThat(npisOf(family, "&sort=-npi")).containsExactlyElementsOf(byNpi.reversed());
		JsonNode bad = get("/therapists/standings?sort=rating", admin(), HttpStatus.BAD_REQUEST);
		assertThat(bad.toString()).contains("sort");
	}

	private List<String> idsOf(String family, String sort) {
		return pagesOf(family, sort).stream().map((t) -> t.get("id").asString()).toList();
	}

	private List<String> npisOf(String family, String sort) {
		return pagesOf(family, sort).stream().map((t) -> t.get("npi").asString()).toList();
	}

	/** The three therapists of the family, a page of one at a time. */
	private List<JsonNode> pagesOf(String family, String sort) {
		List<JsonNode> found = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			found.add(get("/therapists/standings?size=1&page=" + page + "&q=" + family + sort, admin(), HttpStatus.OK)
				.get("content")
				.get(0));
		}
		return found;
	}

	@Test
	void therapistsAreFoundByNameOrNpiAndNamedByIdInOneCall() {
		String family = "Search" + UUID.randomUUID().toString().substring(0, 8);
		UUID one = named(createTherapist(), "Cy", family);
		UUID two = named(createTherapist(), "Di", family);
		String npi = get("/therapists/" + two, admin(), HttpStatus.OK).get("npi").asString();

		JsonNode byName = get("/therapists?size=1&q=" + family.toLowerCase(), tokenFor(Roles.FRONT_DESK),
				HttpStatus.OK);
		JsonNode byNpi = get("/therapists?q=" + npi, admin(), HttpStatus.OK);
		JsonNode byIds = get("/therapists?ids=" + one + "," + two + "," + UUID.randomUUID(), admin(), HttpStatus.OK);

		assertThat(byName.get("totalElements").asInt()).isEqualTo(2);
		assertThat(byName.get("content").get(0).get("id").asString()).isEqualTo(one.toString());
		assertThat(byNpi.get("content").get(0).get("id").asString()).isEqualTo(two.toString());
		assertThat(byIds.get("content").values().stream().map((t) -> t.get("id").asString()).toList())
			.containsExactlyInAnyOrder(one.toString(), two.toString());
		get("/therapists?q=%25", admin(), HttpStatus.OK);
	}

	@Test
	void thePreviewNamesWhoseStandingAFutureVersionChangesAndStoresNothing() {
		UUID ready = utahReadyTherapist();
		UUID elsewhere = createTherapist();
		addVerified(elsewhere, license("CO", "2019-05-01", "2031-12-31"));
		JsonNode history = get("/state-rules/UT", admin(), HttpStatus.OK).get("versions");
		LocalDate newest = LocalDate.parse(history.get(history.size() - 1).get("effectiveFrom").asString());
		LocalDate from = newest.isBefore(LocalDate.parse("2030-01-01")) ? LocalDate.parse("2030-01-01")
				: newest.plusDays(1);
		Map<String, Object> prohibited = new LinkedHashMap<>();
		prohibited.put("status", "PROHIBITED");
		prohibited.put("effectiveFrom", from.toString());
		prohibited.put("effectiveUntil", from.plusMonths(6).toString());
		prohibited.put("registrationRequired", false);
		prohibited.put("writtenConsentRequired", false);
		prohibited.put("source", "Proposed Utah rule");

		JsonNode preview = post("/state-rules/UT/preview", admin(), prohibited, HttpStatus.OK);

		assertThat(preview.get("days").values().stream().map(JsonNode::asString).toList())
			.containsExactly(from.toString(), from.plusMonths(6).toString());
		List<JsonNode> mine = preview.get("changes")
			.values()
			.stream()
			.filter((change) -> change.get("therapistId").asString().equals(ready.toString()))
			.toList();
		// on its first day it prohibits; on the day it ends no version is in force
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0).get("on").asString()).isEqualTo(from.toString());
		assertThat(codes(mine.get(1).get("after").get("reasons"))).contains("STATE_RULE_NOT_IN_FORCE");
		assertThat(mine.get(0).get("lastName").asString()).isEqualTo("Therapist");
		assertThat(mine.get(0).get("before").get("eligible").asBoolean()).isTrue();
		assertThat(mine.get(0).get("after").get("eligible").asBoolean()).isFalse();
		assertThat(codes(mine.get(0).get("after").get("reasons"))).contains("STATE_PROHIBITS_DRY_NEEDLING");
		assertThat(preview.get("changes").values().stream().map((c) -> c.get("therapistId").asString()))
			.doesNotContain(elsewhere.toString());
		assertThat(get("/state-rules/UT", admin(), HttpStatus.OK).get("versions").size()).isEqualTo(history.size());
	}

	@Test
	void aPreviewIsCheckedAsAddingWouldBeAndOnlyForCredentialingAdministrators() {
		Map<String, Object> past = new LinkedHashMap<>();
		past.put("status", "PERMITTED");
		past.put("effectiveFrom", "2001-01-01");
		past.put("registrationRequired", false);
		past.put("writtenConsentRequired", false);
		past.put("source", "Old");

		JsonNode problem = post("/state-rules/UT/preview", admin(), past, HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("effectiveFrom");
		post("/state-rules/UT/preview", tokenFor(Roles.PRACTICE_ADMIN), past, HttpStatus.FORBIDDEN);
		get("/therapists/standings", tokenFor(Roles.THERAPIST), HttpStatus.FORBIDDEN);
	}

	private UUID named(UUID therapist, String first, String last) {
		JsonNode current = get("/therapists/" + therapist, admin(), HttpStatus.OK);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("npi", current.get("npi").asString());
		body.put("firstName", first);
		body.put("lastName", last);
		body.put("email", current.get("email").asString());
		body.put("active", true);
		body.put("version", current.get("version").asInt());
		put("/therapists/" + therapist, admin(), body, HttpStatus.OK);
		return therapist;
	}

	private JsonNode decision(UUID therapist, String day) {
		return get("/eligibility/dry-needling?therapistId=" + therapist + "&state=UT&at=" + day + "T12:00:00Z", admin(),
				HttpStatus.OK);
	}

	private static List<String> codes(JsonNode reasons) {
		return reasons.values().stream().map((r) -> r.get("code").asString()).toList();
	}

}
