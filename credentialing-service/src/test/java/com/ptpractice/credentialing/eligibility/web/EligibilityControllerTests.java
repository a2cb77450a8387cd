package com.ptpractice.credentialing.eligibility.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.security.Roles;
import com.ptpractice.credentialing.eligibility.AppointmentTime;
import com.ptpractice.credentialing.eligibility.EligibilityService;
import com.ptpractice.credentialing.system.SecurityConfiguration;
import com.ptpractice.credentialing.therapists.TherapistAccess;
import com.ptpractice.needling.Citation;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Reason;
import com.ptpractice.needling.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import static com.ptpractice.credentialing.RoleMatrix.allowedOrForbidden;
import static com.ptpractice.credentialing.RoleMatrix.allowing;
import static com.ptpractice.credentialing.RoleMatrix.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(EligibilityController.class)
@Import(SecurityConfiguration.class)
class EligibilityControllerTests {

	static final UUID THERAPIST = UUID.randomUUID();

	static final Decision PROHIBITED = new Decision(false,
			List.of(new Reason(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING,
					"California does not allow physical therapists to perform dry needling.", null)),
			"CA-2026-01-01", Instant.parse("2026-12-01T17:00:00Z"));

	static final String SINGLE = "/eligibility/dry-needling?therapistId=" + THERAPIST
			+ "&state=CA&at=2026-12-01T10:00:00-07:00";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EligibilityService eligibility;

	@MockitoBean(name = "therapistAccess")
	TherapistAccess therapistAccess;

	static Stream<Arguments> askers() {
		return allowing(Roles.SERVICE, Roles.FRONT_DESK, Roles.PRACTICE_ADMIN, Roles.CREDENTIALING_ADMIN);
	}

	@ParameterizedTest
	@MethodSource("askers")
	void servicesAndStaffAskForOneDecisionAndForBatches(String role, boolean allowed) throws Exception {
		given(this.eligibility.decide(eq(THERAPIST), any(), any())).willReturn(PROHIBITED);
		given(this.eligibility.decideAllAtTimes(any(), any(), any())).willReturn(
				Map.of(AppointmentTime.parse("2026-12-01T10:00:00-07:00", null), Map.of(THERAPIST, PROHIBITED)));

		this.mvc.perform(get(SINGLE).with(as(role))).andExpect(allowedOrForbidden(allowed));
		this.mvc
			.perform(post("/eligibility/dry-needling/batch").with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("CA", "2026-12-01T10:00:00-07:00", THERAPIST)))
			.andExpect(allowedOrForbidden(allowed));
	}

	static final String STATE_LAW = "/eligibility/dry-needling/state-law?state=CA&at=2026-12-01T10:00:00-07:00&zone=America/Los_Angeles";

	static Stream<Arguments> stateLawAskers() {
		return allowing(Roles.SERVICE, Roles.FRONT_DESK, Roles.PRACTICE_ADMIN, Roles.CREDENTIALING_ADMIN,
				Roles.THERAPIST);
	}

	@ParameterizedTest
	@MethodSource("stateLawAskers")
	void staffAndServicesAskWhatTheStatesLawSaysButNotPatients(String role, boolean allowed) throws Exception {
		given(this.eligibility.decideStateLaw(any(), any())).willReturn(PROHIBITED);

		this.mvc.perform(get(STATE_LAW).with(as(role))).andExpect(allowedOrForbidden(allowed));
	}

	@Test
	void theStatesLawHasTheSharedShapeAndIsDecidedOnTheClinicsDay() throws Exception {
		given(this.eligibility
			.decideStateLaw(eq(com.ptpractice.credentialing.staterules.Jurisdiction.CA),
					eq(new com.ptpractice.credentialing.eligibility.AppointmentTime(
							Instant.parse("2026-12-01T17:00:00Z"), java.time.LocalDate.parse("2026-12-01")))))
			.willReturn(PROHIBITED);

		this.mvc.perform(get(STATE_LAW).with(as(Roles.FRONT_DESK)))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"eligible": false,
					 "reasons": [{"code": "STATE_PROHIBITS_DRY_NEEDLING",
					              "message": "California does not allow physical therapists to perform dry needling."}],
					 "ruleVersion": "CA-2026-01-01", "evaluatedAt": "2026-12-01T17:00:00Z"}
					""", JsonCompareMode.STRICT));
	}

	@Test
	void theStatesLawWithMissingOrMalformedParametersIsA400NamingThem() throws Exception {
		this.mvc.perform(get("/eligibility/dry-needling/state-law?at=2026-12-01T10:00:00Z").with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc.perform(get(STATE_LAW.replace("state=CA", "state=ZZ")).with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc.perform(get(STATE_LAW.replace("-07:00", "")).with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("at"));
		this.mvc.perform(get(STATE_LAW.replace("America/Los_Angeles", "Nowhere/Land")).with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("zone"));
		verifyNoInteractions(this.eligibility);
	}

	@Test
	void theDecisionHasTheSharedShape() throws Exception {
		given(this.eligibility.decide(eq(THERAPIST), any(), any())).willReturn(PROHIBITED);

		this.mvc.perform(get(SINGLE).with(as(Roles.SERVICE))).andExpect(status().isOk()).andExpect(content().json("""
				{"eligible": false,
				 "reasons": [{"code": "STATE_PROHIBITS_DRY_NEEDLING",
				              "message": "California does not allow physical therapists to perform dry needling."}],
				 "ruleVersion": "CA-2026-01-01", "evaluatedAt": "2026-12-01T17:00:00Z"}
				""", JsonCompareMode.STRICT));
	}

	@Test
	void aReasonFromAStateConditionCarriesItsCitation() throws Exception {
		Decision hoursShort = new Decision(false,
				List.of(new Reason(ReasonCode.TOO_FEW_TRAINING_HOURS, "Nevada requires 150 hours.",
						new Citation("NV-2026-12-02", "minimumTrainingHours", "ptboard.nv.gov"))),
				"NV-2026-12-02", Instant.parse("2027-01-05T17:00:00Z"));
		given(this.eligibility.decide(eq(THERAPIST), any(), any())).willReturn(hoursShort);

		this.mvc.perform(get(SINGLE).with(as(Roles.SERVICE))).andExpect(status().isOk()).andExpect(content().json("""
				{"eligible": false,
				 "reasons": [{"code": "TOO_FEW_TRAINING_HOURS", "message": "Nevada requires 150 hours.",
				              "citation": {"ruleVersion": "NV-2026-12-02", "condition": "minimumTrainingHours",
				                           "source": "ptboard.nv.gov"}}],
				 "ruleVersion": "NV-2026-12-02", "evaluatedAt": "2027-01-05T17:00:00Z"}
				""", JsonCompareMode.STRICT));
	}

	@Test
	void aTherapistAsksAboutThemselvesOnly() throws Exception {
		given(this.eligibility.decide(eq(THERAPIST), any(), any())).willReturn(PROHIBITED);
		given(this.therapistAccess.isSelf(any(), eq(THERAPIST))).willReturn(true);

		this.mvc.perform(get(SINGLE).with(as(Roles.THERAPIST))).andExpect(status().isOk());
		this.mvc
			.perform(get(SINGLE.replace(THERAPIST.toString(), UUID.randomUUID().toString())).with(as(Roles.THERAPIST)))
			.andExpect(status().isForbidden());
	}

	@Test
	void missingOrMalformedParametersAre400sNamingThem() throws Exception {
		this.mvc.perform(get("/eligibility/dry-needling?state=CA&at=2026-12-01T10:00:00Z").with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("therapistId"));
		this.mvc.perform(get(SINGLE.replace("state=CA", "state=Cali")).with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		this.mvc.perform(get(SINGLE.replace("-07:00", "")).with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("at"));
		this.mvc.perform(get(SINGLE + "&zone=Nowhere/Land").with(as(Roles.SERVICE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("zone"));
		verifyNoInteractions(this.eligibility);
	}

	@Test
	void aBatchWithoutTherapistsOrWithAnUnknownStateIsA400() throws Exception {
		this.mvc
			.perform(post("/eligibility/dry-needling/batch").with(as(Roles.SERVICE))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"state\": \"UT\", \"at\": \"2026-12-01T10:00:00-07:00\", \"therapistIds\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("therapistIds"));
		this.mvc
			.perform(post("/eligibility/dry-needling/batch").with(as(Roles.SERVICE))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("ZZ", "2026-12-01T10:00:00-07:00", THERAPIST)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("state"));
		verifyNoInteractions(this.eligibility);
	}

	@Test
	void aBatchAnswersPerTherapist() throws Exception {
		Map<UUID, Decision> decisions = new LinkedHashMap<>();
		decisions.put(THERAPIST, PROHIBITED);
		given(this.eligibility.decideAllAtTimes(eq(List.of(THERAPIST)), any(), any()))
			.willReturn(Map.of(AppointmentTime.parse("2026-12-01T10:00:00-07:00", null), decisions));

		this.mvc
			.perform(post("/eligibility/dry-needling/batch").with(as(Roles.SERVICE))
				.contentType(MediaType.APPLICATION_JSON)
				.content(batch("CA", "2026-12-01T10:00:00-07:00", THERAPIST, THERAPIST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CA"))
			.andExpect(jsonPath("$.decisions.length()").value(1))
			.andExpect(jsonPath("$.decisions[0].therapistId").value(THERAPIST.toString()))
			.andExpect(jsonPath("$.decisions[0].reasons[0].code").value("STATE_PROHIBITS_DRY_NEEDLING"));
	}

	private static String batch(String state, String at, UUID... therapists) {
		String ids = Stream.of(therapists).map((id) -> "\"" + id + "\"").reduce((a, b) -> a + ", " + b).orElse("");
		return "{\"state\": \"" + state + "\", \"at\": \"" + at + "\", \"therapistIds\": [" + ids + "]}";
	}

}
