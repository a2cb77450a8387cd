package com.ptpractice.credentialing.therapists.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.credentialing.system.SecurityConfiguration;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.credentialing.therapists.TherapistAccess;
import com.ptpractice.credentialing.therapists.TherapistDetails;
import com.ptpractice.credentialing.therapists.TherapistRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TherapistController.class)
@Import(SecurityConfiguration.class)
class TherapistControllerTests {

	static final String NEW_THERAPIST = """
			{"npi": "1234567893", "firstName": "Ada", "lastName": "Lovelace", "email": "ada@clinic.example"}
			""";

	static final String UPDATE = """
			{"npi": "1234567893", "firstName": "Ada", "lastName": "Byron", "email": "ada@clinic.example",
			 "active": true, "version": 1}
			""";

	static final Therapist THERAPIST = Therapist
		.register(new TherapistDetails("1234567893", "Ada", "Lovelace", "ada@clinic.example", null, true));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TherapistRegistry registry;

	@MockitoBean(name = "therapistAccess")
	TherapistAccess therapistAccess;

	static Stream<Arguments> admins() {
		return allowing(Roles.CREDENTIALING_ADMIN);
	}

	static Stream<Arguments> readers() {
		return allowing(Roles.CREDENTIALING_ADMIN, Roles.FRONT_DESK, Roles.PRACTICE_ADMIN, Roles.SERVICE);
	}

	static Stream<Arguments> therapists() {
		return allowing(Roles.THERAPIST);
	}

	@ParameterizedTest
	@MethodSource("admins")
	void onlyCredentialingAdministratorsRegister(String role, boolean allowed) throws Exception {
		given(this.registry.register(any())).willReturn(THERAPIST);

		this.mvc
			.perform(post("/therapists").with(as(role)).contentType(MediaType.APPLICATION_JSON).content(NEW_THERAPIST))
			.andExpect(allowedOrForbidden(allowed));
	}

	@ParameterizedTest
	@MethodSource("admins")
	void onlyCredentialingAdministratorsUpdate(String role, boolean allowed) throws Exception {
		given(this.registry.revise(eq(THERAPIST.id()), any(), anyInt())).willReturn(THERAPIST);

		this.mvc
			.perform(put("/therapists/" + THERAPIST.id()).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(UPDATE))
			.andExpect(allowedOrForbidden(allowed));
	}

	@ParameterizedTest
	@MethodSource("readers")
	void staffAndServicesListAndReadTherapists(String role, boolean allowed) throws Exception {
		given(this.registry.page(any())).willReturn(new PageImpl<>(List.of(THERAPIST)));
		given(this.registry.find(THERAPIST.id())).willReturn(THERAPIST);

		this.mvc.perform(get("/therapists").with(as(role))).andExpect(allowedOrForbidden(allowed));
		this.mvc.perform(get("/therapists/" + THERAPIST.id()).with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@ParameterizedTest
	@MethodSource("therapists")
	void onlyTherapistsAskForThemselves(String role, boolean allowed) throws Exception {
		given(this.registry.findByLogin("user-" + role)).willReturn(Optional.of(THERAPIST));

		this.mvc.perform(get("/therapists/me").with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@Test
	void aTherapistReadsTheirOwnRecordById() throws Exception {
		given(this.therapistAccess.isSelf(any(), eq(THERAPIST.id()))).willReturn(true);
		given(this.registry.find(THERAPIST.id())).willReturn(THERAPIST);

		this.mvc.perform(get("/therapists/" + THERAPIST.id()).with(as(Roles.THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.npi").value("1234567893"));
	}

	@Test
	void registeringAnswers201WithLocationAndId() throws Exception {
		given(this.registry.register(any())).willReturn(THERAPIST);

		this.mvc
			.perform(post("/therapists").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_THERAPIST))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "http://localhost/therapists/" + THERAPIST.id()))
			.andExpect(jsonPath("$.id").value(THERAPIST.id().toString()));
	}

	@Test
	void anInvalidNpiAndAMissingNameAre400sNamingTheFieldsAndStoreNothing() throws Exception {
		this.mvc
			.perform(post("/therapists").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"npi": "1234567890", "lastName": "Lovelace", "email": "ada@clinic.example"}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("firstName"))
			.andExpect(jsonPath("$.errors[1].field").value("npi"));
		verifyNoInteractions(this.registry);
	}

	@Test
	void aDuplicateNpiIsA409() throws Exception {
		given(this.registry.register(any()))
			.willThrow(new ConflictException("duplicate-npi", "NPI already registered", "Another therapist ..."));

		this.mvc
			.perform(post("/therapists").with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(NEW_THERAPIST))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/duplicate-npi"));
	}

	@Test
	void aStaleUpdateIsA409() throws Exception {
		given(this.registry.revise(eq(THERAPIST.id()), any(), anyInt()))
			.willThrow(new OptimisticLockingFailureException("stale"));

		this.mvc
			.perform(put("/therapists/" + THERAPIST.id()).with(as(Roles.CREDENTIALING_ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(UPDATE))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/version-conflict"));
	}

	@Test
	void anUnknownIdIsA404AndAMalformedOneA400() throws Exception {
		UUID unknown = UUID.randomUUID();
		given(this.registry.find(unknown)).willThrow(new NotFoundException("therapist", unknown));

		this.mvc.perform(get("/therapists/" + unknown).with(as(Roles.FRONT_DESK))).andExpect(status().isNotFound());
		this.mvc.perform(get("/therapists/not-a-uuid").with(as(Roles.FRONT_DESK)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("therapistId"));
	}

	@Test
	void pageSizeIsBounded() throws Exception {
		this.mvc.perform(get("/therapists?size=1000").with(as(Roles.FRONT_DESK)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

}
