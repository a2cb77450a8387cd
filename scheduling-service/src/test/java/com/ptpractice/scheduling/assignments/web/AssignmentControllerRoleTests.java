package com.ptpractice.scheduling.assignments.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.scheduling.assignments.AssignmentService;
import com.ptpractice.scheduling.system.SecurityConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and change who works where, and time off.
 */
@WebMvcTest(AssignmentController.class)
@Import(SecurityConfiguration.class)
class AssignmentControllerRoleTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AssignmentService assignments;

	@ParameterizedTest(name = "{0} lists a clinic's assignments -> {1}")
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 200", "PRACTICE_ADMIN, 200", "CREDENTIALING_ADMIN, 403", "SERVICE, 403",
			"PATIENT, 403" })
	void whoMaySeeAssignments(String role, int expected) throws Exception {
		given(this.assignments.atClinic(any())).willReturn(List.of());

		this.mvc
			.perform(get("/clinics/" + UUID.randomUUID() + "/assignments")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} may not assign, record or remove time off")
	@ValueSource(strings = { "FRONT_DESK", "THERAPIST", "CREDENTIALING_ADMIN", "SERVICE", "PATIENT" })
	void onlyPracticeAdministratorsChangeWhoWorksWhere(String role) throws Exception {
		this.mvc
			.perform(post("/clinics/" + UUID.randomUUID() + "/assignments").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"therapistId":"%s","effectiveFrom":"2027-01-04",
						 "hours":[{"dayOfWeek":"MONDAY","startTime":"08:00","endTime":"12:00"}]}"""
					.formatted(UUID.randomUUID()))
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/therapists/" + UUID.randomUUID() + "/time-off").contentType(MediaType.APPLICATION_JSON)
				.content("{\"startsAt\":\"2027-01-04T08:00:00-07:00\",\"endsAt\":\"2027-01-04T12:00:00-07:00\"}")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(delete("/therapists/" + UUID.randomUUID() + "/time-off/" + UUID.randomUUID())
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().isForbidden());
		then(this.assignments).shouldHaveNoInteractions();
	}

	@ParameterizedTest(name = "{0} lists a therapist's time off -> {1}")
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 200", "PRACTICE_ADMIN, 200", "CREDENTIALING_ADMIN, 403", "SERVICE, 403",
			"PATIENT, 403" })
	void whoMaySeeTimeOff(String role, int expected) throws Exception {
		given(this.assignments.upcomingTimeOff(any(), any())).willReturn(List.of());

		this.mvc
			.perform(get("/therapists/" + UUID.randomUUID() + "/time-off")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().is(expected));
		if (expected == 403) {
			then(this.assignments).shouldHaveNoInteractions();
		}
	}

}
