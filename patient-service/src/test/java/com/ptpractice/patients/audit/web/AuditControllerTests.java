package com.ptpractice.patients.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.audit.AuditQuery;
import com.ptpractice.patients.audit.PhiAccessLog;
import com.ptpractice.patients.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuditController.class)
@Import(SecurityConfiguration.class)
class AuditControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PhiAccessLog log;

	@ParameterizedTest
	@CsvSource({ "PRACTICE_ADMIN, 200", "FRONT_DESK, 403", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403",
			"SERVICE, 403" })
	void onlyPracticeAdministratorsReadTheAuditLog(String role, int expected) throws Exception {
		given(this.log.read(any(), anyInt(), anyInt())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));

		this.mvc.perform(get("/patients/audit").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().is(expected));
	}

	@Test
	void filtersArePassedOnAsInstants() throws Exception {
		UUID patient = UUID.randomUUID();
		given(this.log.read(any(), anyInt(), anyInt()))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(2, 10), 20));

		this.mvc
			.perform(get("/patients/audit").param("patientId", patient.toString())
				.param("from", "2026-11-01T00:00:00-07:00")
				.param("to", "2026-11-02T00:00:00Z")
				.param("page", "2")
				.param("size", "10")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PRACTICE_ADMIN"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.totalElements").value(20));

		then(this.log).should()
			.read(eq(new AuditQuery(patient, Instant.parse("2026-11-01T07:00:00Z"),
					Instant.parse("2026-11-02T00:00:00Z"))), eq(2), eq(10));
	}

	@Test
	void aMalformedFilterIsA400NamingIt() throws Exception {
		this.mvc
			.perform(get("/patients/audit").param("from", "yesterday")
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_PRACTICE_ADMIN"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
	}

}
