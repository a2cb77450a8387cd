package com.ptpractice.patients.consent.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.consent.ConsentForm;
import com.ptpractice.patients.consent.ConsentRecords;
import com.ptpractice.patients.consent.Signer;
import com.ptpractice.patients.consent.TestConsents;
import com.ptpractice.patients.records.PatientNotFound;
import com.ptpractice.patients.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ConsentController.class)
@Import(SecurityConfiguration.class)
class ConsentControllerTests {

	private static final UUID PATIENT = UUID.fromString("5a4c7b0e-3c1d-4f7a-9a36-1f1e8f6c0001");

	private static final UUID CONSENT = UUID.fromString("5a4c7b0e-3c1d-4f7a-9a36-1f1e8f6c0003");

	private static final String SIGNED = """
			{"formVersion": "DN-2026-01", "signedAt": "2026-01-10T09:30:00-07:00", "signer": "PATIENT",
			 "documentReference": "scan-42"}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsentRecords consents;

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 201", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTheFrontDeskRecordsConsent(String role, int expected) throws Exception {
		given(this.consents.record(eq(PATIENT), any(), any())).willReturn(TestConsents.consent(PATIENT));

		this.mvc
			.perform(post("/patients/{id}/consents", PATIENT).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SIGNED))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTheFrontDeskRevokesConsent(String role, int expected) throws Exception {
		given(this.consents.revoke(eq(PATIENT), eq(CONSENT), anyString(), any()))
			.willReturn(TestConsents.revoked(PATIENT));

		this.mvc
			.perform(post("/patients/{id}/consents/{cid}/revocation", PATIENT, CONSENT).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Patient withdrew\"}"))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 200", "PATIENT, 200", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void staffAndThePatientReadConsents(String role, int expected) throws Exception {
		given(this.consents.history(eq(PATIENT), any())).willReturn(List.of(TestConsents.revoked(PATIENT)));

		this.mvc.perform(get("/patients/{id}/consents", PATIENT).with(as(role))).andExpect(status().is(expected));
	}

	@Test
	void theSignedFormIsPassedOnAsAnInstant() throws Exception {
		given(this.consents.record(eq(PATIENT), any(), any())).willReturn(TestConsents.consent(PATIENT));

		this.mvc
			.perform(post("/patients/{id}/consents", PATIENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SIGNED))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.revoked").value(false))
			.andExpect(jsonPath("$.formVersion").value("DN-2026-01"));

		then(this.consents).should()
			.record(eq(PATIENT), argThat((ConsentForm form) -> form.signedAt().toString().equals("2026-01-10T16:30:00Z")
					&& form.signer() == Signer.PATIENT && form.witnessedBy() == null), any());
	}

	@Test
	void consentSignedInTheFutureIsA400NamingSignedAt() throws Exception {
		this.mvc
			.perform(post("/patients/{id}/consents", PATIENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SIGNED.replace("2026-01-10", "2999-01-10")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signedAt"));

		then(this.consents).should(never()).record(any(), any(), any());
	}

	@Test
	void anUnknownSignerIsA400NamingIt() throws Exception {
		this.mvc
			.perform(post("/patients/{id}/consents", PATIENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SIGNED.replace("\"PATIENT\"", "\"NEIGHBOUR\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signer"));

		then(this.consents).should(never()).record(any(), any(), any());
	}

	@Test
	void aGuardianSignatureWithoutAGuardianNameIsA400NamingIt() throws Exception {
		given(this.consents.record(eq(PATIENT), any(), any())).willThrow(TestConsents.invalid("guardianName"));

		this.mvc
			.perform(post("/patients/{id}/consents", PATIENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SIGNED.replace("\"PATIENT\"", "\"LEGAL_GUARDIAN\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("guardianName"));
	}

	@Test
	void revokingWithoutAReasonIsA400() throws Exception {
		this.mvc
			.perform(post("/patients/{id}/consents/{cid}/revocation", PATIENT, CONSENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));

		then(this.consents).should(never()).revoke(any(), any(), any(), any());
	}

	@Test
	void revokingTwiceIsA409() throws Exception {
		given(this.consents.revoke(eq(PATIENT), eq(CONSENT), anyString(), any()))
			.willThrow(TestConsents.alreadyRevoked(CONSENT));

		this.mvc
			.perform(post("/patients/{id}/consents/{cid}/revocation", PATIENT, CONSENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"again\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/consent-already-revoked"));
	}

	@Test
	void revokingAnotherPatientsConsentIsA404() throws Exception {
		given(this.consents.revoke(eq(PATIENT), eq(CONSENT), anyString(), any()))
			.willThrow(TestConsents.notFound(CONSENT));

		this.mvc
			.perform(post("/patients/{id}/consents/{cid}/revocation", PATIENT, CONSENT).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"wrong patient\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/consent-not-found"));
	}

	@Test
	void aPatientReadingAnotherPatientsConsentsGetsA404() throws Exception {
		given(this.consents.history(eq(PATIENT), any())).willThrow(new PatientNotFound(PATIENT));

		this.mvc.perform(get("/patients/{id}/consents", PATIENT).with(as("PATIENT"))).andExpect(status().isNotFound());
	}

	private static RequestPostProcessor as(String role) {
		return jwt().jwt((token) -> token.subject("user-" + role))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
