package com.ptpractice.credentialing.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.audit.AuditEntry;
import com.ptpractice.credentialing.audit.AuditSubject;
import com.ptpractice.credentialing.audit.AuditTrail;
import com.ptpractice.credentialing.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static com.ptpractice.credentialing.RoleMatrix.allowedOrForbidden;
import static com.ptpractice.credentialing.RoleMatrix.allowing;
import static com.ptpractice.credentialing.RoleMatrix.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuditController.class)
@Import(SecurityConfiguration.class)
class AuditControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditTrail trail;

	static Stream<Arguments> admins() {
		return allowing(Roles.CREDENTIALING_ADMIN);
	}

	@ParameterizedTest
	@MethodSource("admins")
	void onlyCredentialingAdministratorsReadTheAuditLog(String role, boolean allowed) throws Exception {
		given(this.trail.entries(any(), any(), any())).willReturn(new PageImpl<>(List.of()));

		this.mvc.perform(get("/audit").with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@Test
	void entriesArePagedAndFilteredBySubject() throws Exception {
		AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-23T10:00:00Z"), "admin-subject", "Ruth Adeyemi",
				AuditSubject.STATE_RULE, "OR-2027-07-01", "VERSION_ADDED", null, null);
		given(this.trail.entries(eq(AuditSubject.STATE_RULE), eq("OR-2027-07-01"), eq(PageRequest.of(0, 20))))
			.willReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, 20), 1));

		this.mvc
			.perform(get("/audit?subject=STATE_RULE&subjectId=OR-2027-07-01&size=20")
				.with(as(Roles.CREDENTIALING_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].action").value("VERSION_ADDED"))
			.andExpect(jsonPath("$.content[0].actor").value("admin-subject"))
			.andExpect(jsonPath("$.content[0].actorName").value("Ruth Adeyemi"))
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void anUnknownSubjectOrAnOversizedPageIsA400() throws Exception {
		this.mvc.perform(get("/audit?subject=PATIENT").with(as(Roles.CREDENTIALING_ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subject"));
		this.mvc.perform(get("/audit?size=201").with(as(Roles.CREDENTIALING_ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

}
