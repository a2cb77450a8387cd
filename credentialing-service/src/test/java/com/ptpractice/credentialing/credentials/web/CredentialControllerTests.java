package com.ptpractice.credentialing.credentials.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialFacts;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.credentials.CredentialService;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.system.SecurityConfiguration;
import com.ptpractice.credentialing.therapists.TherapistAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.ptpractice.credentialing.RoleMatrix.allowedOrForbidden;
import static com.ptpractice.credentialing.RoleMatrix.allowing;
import static com.ptpractice.credentialing.RoleMatrix.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CredentialController.class)
@Import(SecurityConfiguration.class)
class CredentialControllerTests {

	static final UUID THERAPIST = UUID.randomUUID();

	static final Credential LICENSE = Credential.record(THERAPIST, CredentialKind.STATE_LICENSE,
			new CredentialFacts(Jurisdiction.UT, "PT-1", null, null, null, LocalDate.parse("2020-01-01"), null));

	static final String NEW_LICENSE = """
			{"kind": "STATE_LICENSE", "state": "UT", "number": "PT-1", "issuedOn": "2020-01-01"}
			""";

	static final String UPDATE = """
			{"state": "UT", "number": "PT-1", "issuedOn": "2020-01-01", "status": "ACTIVE", "version": 1}
			""";

	static final String VERIFICATION = """
			{"outcome": "VERIFIED", "primarySource": "Utah DOPL lookup", "version": 1}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CredentialService credentials;

	@MockitoBean(name = "therapistAccess")
	TherapistAccess therapistAccess;

	static Stream<Arguments> admins() {
		return allowing(Roles.CREDENTIALING_ADMIN);
	}

	static Stream<Arguments> readers() {
		return allowing(Roles.CREDENTIALING_ADMIN, Roles.FRONT_DESK, Roles.PRACTICE_ADMIN, Roles.SERVICE);
	}

	@ParameterizedTest
	@MethodSource("admins")
	void onlyCredentialingAdministratorsAddUpdateAndVerify(String role, boolean allowed) throws Exception {
		given(this.credentials.add(eq(THERAPIST), any(), any())).willReturn(LICENSE);
		given(this.credentials.revise(eq(THERAPIST), eq(LICENSE.id()), any(), any(), anyInt())).willReturn(LICENSE);
		given(this.credentials.decide(eq(THERAPIST), eq(LICENSE.id()), any(), any(), any(), anyInt()))
			.willReturn(LICENSE);

		this.mvc.perform(post(base()).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(NEW_LICENSE))
			.andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(put(one()).with(as(role)).contentType(MediaType.APPLICATION_JSON).content(UPDATE))
			.andExpect(allowedOrForbidden(allowed));
		this.mvc
			.perform(post(one() + "/verification").with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VERIFICATION))
			.andExpect(allowedOrForbidden(allowed));
	}

	@ParameterizedTest
	@MethodSource("readers")
	void staffAndServicesRead(String role, boolean allowed) throws Exception {
		given(this.credentials.ofTherapist(THERAPIST)).willReturn(List.of(LICENSE));
		given(this.credentials.find(THERAPIST, LICENSE.id())).willReturn(LICENSE);

		this.mvc.perform(get(base()).with(as(role))).andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(get(one()).with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@Test
	void aTherapistReadsTheirOwnCredentials() throws Exception {
		given(this.therapistAccess.isSelf(any(), eq(THERAPIST))).willReturn(true);
		given(this.credentials.ofTherapist(THERAPIST)).willReturn(List.of(LICENSE));

		this.mvc.perform(get(base()).with(as(Roles.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("STATE_LICENSE"))
			.andExpect(jsonPath("$[0].verification.status").value("PENDING"));
	}

	@Test
	void anUnknownKindIsA400NamingKindAndStoresNothing() throws Exception {
		this.mvc
			.perform(post(base()).with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_LICENSE.replace("STATE_LICENSE", "MASSAGE_LICENSE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		verifyNoInteractions(this.credentials);
	}

	@Test
	void negativeHoursAreA400NamingTheField() throws Exception {
		this.mvc
			.perform(
					post(base()).with(as(Roles.CREDENTIALING_ADMIN)).contentType(MediaType.APPLICATION_JSON).content("""
							{"kind": "DRY_NEEDLING_CERTIFICATION", "issuer": "Institute", "trainingHours": -1,
							 "supervisedSessions": 0, "issuedOn": "2020-01-01"}
							"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("trainingHours"));
		verifyNoInteractions(this.credentials);
	}

	@Test
	void anExpiryBeforeTheIssueDateIsA400NamingExpiresOn() throws Exception {
		this.mvc
			.perform(
					post(base()).with(as(Roles.CREDENTIALING_ADMIN)).contentType(MediaType.APPLICATION_JSON).content("""
							{"kind": "STATE_LICENSE", "state": "UT", "number": "PT-1", "issuedOn": "2020-01-01",
							 "expiresOn": "2019-12-31"}
							"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
		verifyNoInteractions(this.credentials);
	}

	@Test
	void anUnknownOutcomeIsA400NamingOutcome() throws Exception {
		this.mvc
			.perform(post(one() + "/verification").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VERIFICATION.replace("VERIFIED", "MAYBE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		verifyNoInteractions(this.credentials);
	}

	@Test
	void aDomainRuleBrokenInTheServiceIsA400NamingTheField() throws Exception {
		given(this.credentials.add(eq(THERAPIST), any(), any()))
			.willThrow(new InvalidFieldException("number", "is required for a STATE_LICENSE"));

		this.mvc
			.perform(post(base()).with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_LICENSE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("number"))
			.andExpect(jsonPath("$.errors[0].message").value("is required for a STATE_LICENSE"));
	}

	private static String base() {
		return "/therapists/" + THERAPIST + "/credentials";
	}

	private static String one() {
		return base() + "/" + LICENSE.id();
	}

}
