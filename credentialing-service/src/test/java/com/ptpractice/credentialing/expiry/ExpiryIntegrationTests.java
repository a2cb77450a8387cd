package com.ptpractice.credentialing.expiry;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.CredentialingApiTests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryIntegrationTests extends CredentialingApiTests {

	@Autowired
	DailyExpiryRecord daily;

	@Test
	void reportsExpiringCredentialsAndTheDayNeedlingEligibilityLapses() {
		UUID therapist = createTherapist();
		JsonNode license = addVerified(therapist, license("UT", "2019-05-01", "2041-03-15"));
		addVerified(therapist, certification(54, 250, "2041-05-31"));
		addVerified(therapist, endorsement("UT", null));

		JsonNode report = get("/expiry-report?withinDays=30&asOf=2041-03-01", admin(), HttpStatus.OK);

		JsonNode entry = entryOf(report, therapist);
		assertThat(entry.get("credentials").size()).isEqualTo(1);
		assertThat(entry.get("credentials").get(0).get("credentialId").asString())
			.isEqualTo(license.get("id").asString());
		assertThat(entry.get("credentials").get(0).get("expired").asBoolean()).isFalse();
		assertThat(entry.get("needlingLapses").get(0).get("state").asString()).isEqualTo("UT");
		assertThat(entry.get("needlingLapses").get(0).get("lapsesOn").asString()).isEqualTo("2041-03-16");
	}

	@Test
	void aRenewedCredentialIsNotReportedButAnExpiredOneIs() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("UT", "2019-05-01", "2042-01-31"));
		addVerified(therapist, license("UT", "2042-01-15", "2044-01-31"));
		JsonNode certification = addVerified(therapist, certification(54, 250, "2042-01-20"));

		JsonNode entry = entryOf(get("/expiry-report?withinDays=10&asOf=2042-02-01", admin(), HttpStatus.OK),
				therapist);

		assertThat(entry.get("credentials").size()).isEqualTo(1);
		assertThat(entry.get("credentials").get(0).get("credentialId").asString())
			.isEqualTo(certification.get("id").asString());
		assertThat(entry.get("credentials").get(0).get("expired").asBoolean()).isTrue();
	}

	@Test
	void theDailyRecordIsKeptOncePerDayAndServed() {
		UUID therapist = createTherapist();
		addVerified(therapist, license("UT", "2019-05-01", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString()));

		boolean first = this.daily.recordToday();
		boolean second = this.daily.recordToday();

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM expiry_snapshot WHERE report_date = CAST(? AS date)",
				Integer.class, today))
			.isEqualTo(1);
		JsonNode recorded = get("/expiry-report/daily/" + today, tokenFor(Roles.PRACTICE_ADMIN), HttpStatus.OK);
		assertThat(recorded.get("asOf").asString()).isEqualTo(today);
		assertThat(entryOf(recorded, therapist).get("credentials").size()).isEqualTo(1);
	}

	@Test
	void aDayWithoutARecordIsA404() {
		get("/expiry-report/daily/2001-01-01", admin(), HttpStatus.NOT_FOUND);
	}

	@Test
	void theWindowIsBounded() {
		JsonNode problem = get("/expiry-report?withinDays=366", admin(), HttpStatus.BAD_REQUEST);

		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("withinDays");
	}

	@Test
	void frontDeskMayNotReadTheReport() {
		get("/expiry-report", tokenFor(Roles.FRONT_DESK), HttpStatus.FORBIDDEN);
	}

	private static JsonNode entryOf(JsonNode report, UUID therapist) {
		return report.get("therapists")
			.values()
			.stream()
			.filter((entry) -> entry.get("therapistId").asString().equals(therapist.toString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No entry for " + therapist + " in " + report));
	}

}
