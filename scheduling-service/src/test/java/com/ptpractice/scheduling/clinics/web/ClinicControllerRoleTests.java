package com.ptpractice.scheduling.clinics.web;

import com.ptpractice.scheduling.clinics.ClinicService;
import com.ptpractice.scheduling.system.SecurityConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read and change clinics.
 */
@WebMvcTest(ClinicController.class)
@Import(SecurityConfiguration.class)
class ClinicControllerRoleTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClinicService clinics;

	@ParameterizedTest(name = "{0} lists clinics -> {1}")
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 200", "PRACTICE_ADMIN, 200", "CREDENTIALING_ADMIN, 200", "SERVICE, 200",
			"PATIENT, 403" })
	void whoMayListClinics(String role, int expected) throws Exception {
		given(this.clinics.list(any(), any(), anyInt(), anyInt())).willReturn(Page.empty());

		this.mvc.perform(get("/clinics").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} may not open a clinic")
	@ValueSource(strings = { "FRONT_DESK", "THERAPIST", "CREDENTIALING_ADMIN", "SERVICE", "PATIENT" })
	void onlyPracticeAdministratorsOpenClinics(String role) throws Exception {
		this.mvc
			.perform(post("/clinics").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"North","addressLine1":"1 Main St","city":"Provo","state":"UT","postalCode":"84601",
						 "phone":"801-555-0100","zoneId":"America/Denver","latitude":40.23,"longitude":-111.66}""")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isForbidden());
		then(this.clinics).should(never()).open(any());
	}

}
