package com.ptpractice.scheduling.appointmenttypes.web;

import java.time.Duration;
import java.util.List;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.appointmenttypes.AppointmentType;
import com.ptpractice.scheduling.appointmenttypes.AppointmentTypeCatalog;
import com.ptpractice.scheduling.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AppointmentTypeController.class)
@Import(SecurityConfiguration.class)
class AppointmentTypeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AppointmentTypeCatalog catalog;

	@ParameterizedTest
	@ValueSource(strings = { Roles.PATIENT, Roles.FRONT_DESK, Roles.THERAPIST, Roles.CREDENTIALING_ADMIN,
			Roles.PRACTICE_ADMIN, Roles.SERVICE })
	void everyRoleMayListTheTypes(String role) throws Exception {
		given(this.catalog.bookable()).willReturn(List.of(dryNeedling()));

		this.mvc.perform(get("/appointment-types").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("DRY_NEEDLING"))
			.andExpect(jsonPath("$[0].durationMinutes").value(30))
			.andExpect(jsonPath("$[0].involvesDryNeedling").value(true));
	}

	@Test
	void listingWithoutATokenIsA401Problem() throws Exception {
		this.mvc.perform(get("/appointment-types"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/unauthorized"));
	}

	private static AppointmentType dryNeedling() {
		return AppointmentType.create("DRY_NEEDLING", "Dry needling", Duration.ofMinutes(30), true);
	}

}
