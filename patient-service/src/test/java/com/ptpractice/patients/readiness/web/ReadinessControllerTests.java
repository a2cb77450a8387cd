package com.ptpractice.patients.readiness.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import com.ptpractice.patients.audit.Actor;
import com.ptpractice.patients.readiness.DryNeedlingReadiness;
import com.ptpractice.patients.records.PatientNotFound;
import com.ptpractice.patients.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReadinessController.class)
@Import(SecurityConfiguration.class)
class ReadinessControllerTests {

	private static final UUID PATIENT = UUID.fromString("5a4c7b0e-3c1d-4f7a-9a36-1f1e8f6c0001");

	private static final Instant AT = Instant.parse("2026-12-01T17:00:00Z");

	private static final String PATH = "/patients/{id}/dry-needling-readiness";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DryNeedlingReadiness readiness;

	@ParameterizedTest
	@CsvSource({ "SERVICE, 200", "FRONT_DESK, 200", "THERAPIST, 200", "PATIENT, 200", "CREDENTIALING_ADMIN, 403",
			"PRACTICE_ADMIN, 200" })
	void servicesStaffWhoMayBookTherapistsAndThePatientMayAsk(String role, int expected) throws Exception {
		given(this.readiness.decide(eq(PATIENT), eq(AT), any()))
			.willReturn(new Decision(true, List.of(), "PATIENT-READINESS-2", AT));

		this.mvc.perform(get(PATH, PATIENT).param("at", "2026-12-01T10:00:00-07:00").with(as(role)))
			.andExpect(status().is(expected));
	}

	@Test
	void theDecisionHasTheSharedShapeWithTheInstantInUtc() throws Exception {
		given(this.readiness.decide(eq(PATIENT), eq(AT), any())).willReturn(new Decision(false,
				List.of(new Reason(ReasonCode.CONSENT_MISSING, "No consent"),
						new Reason(ReasonCode.CONTRAINDICATION_NOT_CLEARED,
								"Bleeding disorder or anticoagulants is flagged and not cleared by a therapist")),
				"PATIENT-READINESS-2", AT));

		this.mvc.perform(get(PATH, PATIENT).param("at", "2026-12-01T10:00:00-07:00").with(as("SERVICE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons[0].code").value("CONSENT_MISSING"))
			.andExpect(jsonPath("$.reasons[1].code").value("CONTRAINDICATION_NOT_CLEARED"))
			.andExpect(jsonPath("$.reasons[1].message")
				.value("Bleeding disorder or anticoagulants is flagged and not cleared by a therapist"))
			.andExpect(jsonPath("$.ruleVersion").value("PATIENT-READINESS-2"))
			.andExpect(jsonPath("$.evaluatedAt").value("2026-12-01T17:00:00Z"));
	}

	@Test
	void theServiceCallerIsIdentifiedByItsClient() throws Exception {
		given(this.readiness.decide(eq(PATIENT), eq(AT), any()))
			.willReturn(new Decision(true, List.of(), "PATIENT-READINESS-2", AT));

		this.mvc
			.perform(get(PATH, PATIENT).param("at", "2026-12-01T17:00:00Z")
				.with(jwt().jwt((token) -> token.subject("service-account-1").claim("azp", "gateway"))
					.authorities(new SimpleGrantedAuthority("ROLE_SERVICE"))))
			.andExpect(status().isOk());

		then(this.readiness).should()
			.decide(eq(PATIENT), eq(AT), argThat((Actor actor) -> "gateway".equals(actor.clientId())
					&& actor.subject().equals("service-account-1") && actor.hasRole("SERVICE")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-01T10:00:00", "2026-12-01", "tomorrow", "" })
	void anInstantWithoutAnOffsetIsA400NamingAt(String at) throws Exception {
		this.mvc.perform(get(PATH, PATIENT).param("at", at).with(as("SERVICE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("at"));

		then(this.readiness).should(never()).decide(any(), any(), any());
	}

	@Test
	void aMissingInstantIsA400NamingAt() throws Exception {
		this.mvc.perform(get(PATH, PATIENT).with(as("SERVICE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("at"));
	}

	@Test
	void aPatientAskingAboutAnotherPatientGetsA404() throws Exception {
		given(this.readiness.decide(eq(PATIENT), eq(AT), any())).willThrow(new PatientNotFound(PATIENT));

		this.mvc.perform(get(PATH, PATIENT).param("at", "2026-12-01T17:00:00Z").with(as("PATIENT")))
			.andExpect(status().isNotFound());
	}

	private static RequestPostProcessor as(String role) {
		return jwt().jwt((token) -> token.subject("user-" + role))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
