package com.ptpractice.credentialing.expiry.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.expiry.DailyExpiryRecord;
import com.ptpractice.credentialing.expiry.ExpiryReport;
import com.ptpractice.credentialing.expiry.ExpiryWatch;
import com.ptpractice.credentialing.expiry.ExpiryWatchProperties;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.ptpractice.credentialing.RoleMatrix.allowedOrForbidden;
import static com.ptpractice.credentialing.RoleMatrix.allowing;
import static com.ptpractice.credentialing.RoleMatrix.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ExpiryReportController.class)
@Import(SecurityConfiguration.class)
class ExpiryReportControllerTests {

	static final UUID THERAPIST = UUID.randomUUID();

	static final ExpiryReport REPORT = new ExpiryReport(LocalDate.parse("2026-11-23"), 60,
			List.of(new ExpiryReport.TherapistExpiries(THERAPIST,
					List.of(new ExpiryReport.ExpiringCredential(UUID.randomUUID(), CredentialKind.STATE_LICENSE,
							Jurisdiction.UT, LocalDate.parse("2026-12-31"), false)),
					List.of(new ExpiryReport.NeedlingLapse(Jurisdiction.UT, LocalDate.parse("2027-01-01"))))));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ExpiryWatch watch;

	@MockitoBean
	DailyExpiryRecord daily;

	static Stream<Arguments> watchers() {
		return allowing(Roles.CREDENTIALING_ADMIN, Roles.PRACTICE_ADMIN);
	}

	@ParameterizedTest
	@MethodSource("watchers")
	void administratorsReadTheReportAndTheDailyRecord(String role, boolean allowed) throws Exception {
		given(this.watch.report(any(), anyInt())).willReturn(REPORT);
		given(this.daily.recordedOn(LocalDate.parse("2026-11-23"))).willReturn(Optional.of(REPORT));

		this.mvc.perform(get("/expiry-report").with(as(role))).andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(get("/expiry-report/daily/2026-11-23").with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@Test
	void theWindowDefaultsTo60DaysFromTodayInTheConfiguredZone() throws Exception {
		// 02:00 UTC on the 24th is still the 23rd in Denver
		given(this.watch.report(LocalDate.parse("2026-11-23"), 60)).willReturn(REPORT);

		this.mvc.perform(get("/expiry-report").with(as(Roles.CREDENTIALING_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.therapists[0].therapistId").value(THERAPIST.toString()))
			.andExpect(jsonPath("$.therapists[0].needlingLapses[0].lapsesOn").value("2027-01-01"));
	}

	@Test
	void aNegativeWindowIsA400() throws Exception {
		this.mvc.perform(get("/expiry-report?withinDays=-1").with(as(Roles.CREDENTIALING_ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("withinDays"));
	}

	@Test
	void aDayWithoutARecordIsA404() throws Exception {
		given(this.daily.recordedOn(any())).willReturn(Optional.empty());

		this.mvc.perform(get("/expiry-report/daily/2020-01-01").with(as(Roles.CREDENTIALING_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@TestConfiguration
	static class Settings {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
		}

		@Bean
		ExpiryWatchProperties expiryWatchProperties() {
			return new ExpiryWatchProperties("-", ZoneId.of("America/Denver"), 60);
		}

	}

}
