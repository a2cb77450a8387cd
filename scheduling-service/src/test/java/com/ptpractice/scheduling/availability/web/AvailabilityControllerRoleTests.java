package com.ptpractice.scheduling.availability.web;

import java.util.List;

import com.ptpractice.scheduling.availability.AvailabilityService;
import com.ptpractice.scheduling.availability.SearchCapacity;
import com.ptpractice.scheduling.system.SecurityConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may search free slots.
 */
@WebMvcTest(AvailabilityController.class)
@Import({ SecurityConfiguration.class, SearchCapacity.class })
@EnableConfigurationProperties(SearchCapacity.Settings.class)
class AvailabilityControllerRoleTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AvailabilityService availability;

	@ParameterizedTest(name = "{0} searches slots -> {1}")
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 200", "PRACTICE_ADMIN, 200", "SERVICE, 200", "CREDENTIALING_ADMIN, 403",
			"PATIENT, 403" })
	void whoMaySearchSlots(String role, int expected) throws Exception {
		given(this.availability.freeSlots(any())).willReturn(List.of());

		this.mvc
			.perform(get("/availability").param("type", "FOLLOW_UP")
				.param("from", "2027-01-04T00:00:00Z")
				.param("to", "2027-01-11T00:00:00Z")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().is(expected));
	}

}
