package com.ptpractice.credentialing.staterules.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.credentialing.staterules.StateRuleTerms;
import com.ptpractice.credentialing.staterules.UnsettledStatePolicy;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.ptpractice.credentialing.RoleMatrix.allowedOrForbidden;
import static com.ptpractice.credentialing.RoleMatrix.allowing;
import static com.ptpractice.credentialing.RoleMatrix.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ StateRuleController.class, PolicyController.class })
@Import(SecurityConfiguration.class)
class StateRuleControllerTests {

	static final StateRule OREGON_NOW = rule(RuleStatus.PROHIBITED, "2026-01-01");

	static final StateRule OREGON_LATER = rule(RuleStatus.PERMITTED, "2027-07-01");

	static final StateRuleHistory OREGON = new StateRuleHistory(Jurisdiction.OR, List.of(OREGON_NOW, OREGON_LATER));

	static final String NEW_VERSION = """
			{"status": "PERMITTED", "effectiveFrom": "2027-07-01", "minYearsLicensed": 2,
			 "registrationRequired": false, "writtenConsentRequired": true, "source": "OAR 848 (adopted)"}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StateRuleBook book;

	static Stream<Arguments> everyoneOnStaff() {
		return allowing(Roles.CREDENTIALING_ADMIN, Roles.FRONT_DESK, Roles.PRACTICE_ADMIN, Roles.THERAPIST,
				Roles.SERVICE);
	}

	static Stream<Arguments> admins() {
		return allowing(Roles.CREDENTIALING_ADMIN);
	}

	@ParameterizedTest
	@MethodSource("everyoneOnStaff")
	void staffAndServicesReadRulesAndThePolicy(String role, boolean allowed) throws Exception {
		given(this.book.histories()).willReturn(Map.of(Jurisdiction.OR, OREGON));
		given(this.book.history(Jurisdiction.OR)).willReturn(OREGON);
		given(this.book.version(Jurisdiction.OR, LocalDate.parse("2026-01-01"))).willReturn(OREGON_NOW);
		given(this.book.unsettledStatePolicy()).willReturn(UnsettledStatePolicy.allowing(false));

		this.mvc.perform(get("/state-rules").with(as(role))).andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(get("/state-rules/OR").with(as(role))).andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(get("/state-rules/OR/versions/2026-01-01").with(as(role)))
			.andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(get("/policies/unsettled-states").with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@ParameterizedTest
	@MethodSource("admins")
	void onlyCredentialingAdministratorsAddVersionsAndChangeThePolicy(String role, boolean allowed) throws Exception {
		given(this.book.addVersion(eq(Jurisdiction.OR), any())).willReturn(OREGON_LATER);
		given(this.book.history(Jurisdiction.OR)).willReturn(OREGON);
		given(this.book.changeUnsettledStatePolicy(anyBoolean(), anyInt()))
			.willReturn(UnsettledStatePolicy.allowing(true));

		this.mvc
			.perform(
					post("/state-rules/OR").with(as(role)).contentType(MediaType.APPLICATION_JSON).content(NEW_VERSION))
			.andExpect(allowedOrForbidden(allowed));
		this.mvc
			.perform(put("/policies/unsettled-states").with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"allowed\": true, \"version\": 1}"))
			.andExpect(allowedOrForbidden(allowed));
	}

	@Test
	void theHistoryShowsWhenEachVersionEnds() throws Exception {
		given(this.book.history(Jurisdiction.OR)).willReturn(OREGON);

		this.mvc.perform(get("/state-rules/or").with(as(Roles.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stateName").value("Oregon"))
			.andExpect(jsonPath("$.versions[0].version").value("OR-2026-01-01"))
			.andExpect(jsonPath("$.versions[0].effectiveUntil").value("2027-07-01"))
			.andExpect(jsonPath("$.versions[1].effectiveUntil").doesNotExist());
	}

	@Test
	void theRulesInForceAreThoseOfTheDayAsked() throws Exception {
		given(this.book.histories()).willReturn(Arrays.stream(Jurisdiction.values())
			.collect(Collectors.toMap((state) -> state,
					(state) -> (state == Jurisdiction.OR) ? OREGON : new StateRuleHistory(state, List.of()))));

		this.mvc.perform(get("/state-rules?on=2027-07-01").with(as(Roles.SERVICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].status").value("PERMITTED"));
		this.mvc.perform(get("/state-rules").with(as(Roles.SERVICE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("PROHIBITED"));
	}

	@Test
	void aNewVersionAnswers201WithItsLocation() throws Exception {
		given(this.book.addVersion(eq(Jurisdiction.OR), any())).willReturn(OREGON_LATER);
		given(this.book.history(Jurisdiction.OR)).willReturn(OREGON);

		this.mvc
			.perform(post("/state-rules/OR").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_VERSION))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "http://localhost/state-rules/OR/versions/2027-07-01"))
			.andExpect(jsonPath("$.version").value("OR-2027-07-01"));
	}

	@Test
	void badVersionsAre400sNamingTheFieldAndStoreNothing() throws Exception {
		this.mvc
			.perform(post("/state-rules/OR").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_VERSION.replace("\"minYearsLicensed\": 2", "\"minYearsLicensed\": -2")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minYearsLicensed"));
		this.mvc
			.perform(post("/state-rules/OR").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_VERSION.replace("PERMITTED", "ALLOWED_ON_TUESDAYS")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc
			.perform(post("/state-rules/PR").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_VERSION))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc
			.perform(post("/state-rules/OR").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_VERSION.replace("\"effectiveFrom\": \"2027-07-01\"",
						"\"effectiveFrom\": \"2027-07-01\", \"effectiveUntil\": \"2027-01-01\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveUntil"));
		this.mvc
			.perform(post("/state-rules/OR").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_VERSION.replace("\"source\"", "\"confidence\": \"FAIRLY_SURE\", \"source\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confidence"));
		verifyNoInteractions(this.book);
	}

	@Test
	void aStalePolicyChangeIsA409() throws Exception {
		given(this.book.changeUnsettledStatePolicy(anyBoolean(), anyInt()))
			.willThrow(new OptimisticLockingFailureException("stale"));

		this.mvc
			.perform(put("/policies/unsettled-states").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"allowed\": true, \"version\": 1}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aPolicyChangeWithoutVersionIsA400() throws Exception {
		this.mvc
			.perform(put("/policies/unsettled-states").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"allowed\": true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		verifyNoInteractions(this.book);
	}

	static StateRule rule(RuleStatus status, String effectiveFrom) {
		return StateRule.version(Jurisdiction.OR, new StateRuleTerms(status, LocalDate.parse(effectiveFrom), null, null,
				null, null, false, false, "test", null), "test", Instant.EPOCH);
	}

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
		}

	}

}
