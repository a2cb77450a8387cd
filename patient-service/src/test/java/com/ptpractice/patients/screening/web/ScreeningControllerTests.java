package com.ptpractice.patients.screening.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ptpractice.patients.records.PatientNotFound;
import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.Screening;
import com.ptpractice.patients.screening.ScreeningHistory;
import com.ptpractice.patients.screening.ScreeningRecords;
import com.ptpractice.patients.screening.TestScreenings;
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
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ScreeningController.class)
@Import(SecurityConfiguration.class)
class ScreeningControllerTests {

	private static final UUID PATIENT = UUID.fromString("5a4c7b0e-3c1d-4f7a-9a36-1f1e8f6c0001");

	private static final UUID SCREENING = UUID.fromString("5a4c7b0e-3c1d-4f7a-9a36-1f1e8f6c0002");

	private static final String CLEARANCE = """
			{"contraindications": ["SEVERE_NEEDLE_FEAR"], "note": "Desensitised over two visits"}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ScreeningRecords screenings;

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 403", "THERAPIST, 201", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTherapistsRecordScreenings(String role, int expected) throws Exception {
		given(this.screenings.record(eq(PATIENT), anyList(), any())).willReturn(TestScreenings.screening(PATIENT));

		this.mvc
			.perform(post("/patients/{id}/screenings", PATIENT).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening()))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 403", "THERAPIST, 201", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTherapistsClearContraindications(String role, int expected) throws Exception {
		Screening flagged = TestScreenings.screening(PATIENT, Contraindication.SEVERE_NEEDLE_FEAR);
		given(this.screenings.clear(eq(PATIENT), eq(SCREENING), anySet(), anyString(), any()))
			.willReturn(TestScreenings.clearance(flagged, Contraindication.SEVERE_NEEDLE_FEAR));

		this.mvc
			.perform(post("/patients/{id}/screenings/{sid}/clearances", PATIENT, SCREENING).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CLEARANCE))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 403", "THERAPIST, 200", "PATIENT, 200", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void therapistsAndThePatientReadScreenings(String role, int expected) throws Exception {
		given(this.screenings.history(eq(PATIENT), any())).willReturn(List.of());

		this.mvc.perform(get("/patients/{id}/screenings", PATIENT).with(as(role))).andExpect(status().is(expected));
	}

	@Test
	void aRecordedScreeningListsItsAnswersAndFlags() throws Exception {
		given(this.screenings.record(eq(PATIENT), anyList(), any()))
			.willReturn(TestScreenings.screening(PATIENT, Contraindication.VASCULAR_CONCERNS));

		this.mvc
			.perform(post("/patients/{id}/screenings", PATIENT).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.answers.length()").value(7))
			.andExpect(jsonPath("$.flagged[0]").value("VASCULAR_CONCERNS"))
			.andExpect(jsonPath("$.answers[6].label").value("Vascular concerns"));
	}

	@Test
	void historyShowsClearancesWithTheirScreening() throws Exception {
		Screening flagged = TestScreenings.screening(PATIENT, Contraindication.SEVERE_NEEDLE_FEAR);
		given(this.screenings.history(eq(PATIENT), any())).willReturn(List.of(new ScreeningHistory(flagged,
				List.of(TestScreenings.clearance(flagged, Contraindication.SEVERE_NEEDLE_FEAR)))));

		this.mvc.perform(get("/patients/{id}/screenings", PATIENT).with(as("THERAPIST")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].clearances[0].contraindications[0]").value("SEVERE_NEEDLE_FEAR"))
			.andExpect(jsonPath("$[0].clearances[0].note").value("Reviewed with the patient's physician"));
	}

	@Test
	void aScreeningMissingAnAnswerIsA400NamingAnswers() throws Exception {
		given(this.screenings.record(eq(PATIENT), anyList(), any()))
			.willThrow(TestScreenings.incomplete(Contraindication.INFECTION_AT_SITE));

		this.mvc
			.perform(post("/patients/{id}/screenings", PATIENT).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
	}

	@Test
	void anAnswerWithoutYesOrNoIsA400NamingIt() throws Exception {
		this.mvc
			.perform(post("/patients/{id}/screenings", PATIENT).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening().replaceFirst("\"present\": false", "\"present\": null")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0].present"));

		then(this.screenings).should(never()).record(any(), anyList(), any());
	}

	@Test
	void anUnknownContraindicationCodeIsA400NamingIt() throws Exception {
		this.mvc
			.perform(post("/patients/{id}/screenings", PATIENT).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening().replace("VASCULAR_CONCERNS", "HEADACHE")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[6].contraindication"));

		then(this.screenings).should(never()).record(any(), anyList(), any());
	}

	@Test
	void clearingWithoutANoteIsA400() throws Exception {
		this.mvc
			.perform(post("/patients/{id}/screenings/{sid}/clearances", PATIENT, SCREENING).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contraindications\": [\"SEVERE_NEEDLE_FEAR\"], \"note\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
	}

	@Test
	void clearingAnUnflaggedContraindicationIsA400() throws Exception {
		given(this.screenings.clear(eq(PATIENT), eq(SCREENING), anySet(), anyString(), any()))
			.willThrow(TestScreenings.notFlagged(Contraindication.SEVERE_NEEDLE_FEAR));

		this.mvc
			.perform(post("/patients/{id}/screenings/{sid}/clearances", PATIENT, SCREENING).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CLEARANCE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contraindications"));
	}

	@Test
	void clearingASupersededScreeningIsA409() throws Exception {
		given(this.screenings.clear(eq(PATIENT), eq(SCREENING), anySet(), anyString(), any()))
			.willThrow(TestScreenings.superseded(SCREENING));

		this.mvc
			.perform(post("/patients/{id}/screenings/{sid}/clearances", PATIENT, SCREENING).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CLEARANCE))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/screening-superseded"));
	}

	@Test
	void clearingAnotherPatientsScreeningIsA404() throws Exception {
		given(this.screenings.clear(eq(PATIENT), eq(SCREENING), anySet(), anyString(), any()))
			.willThrow(TestScreenings.notFound(SCREENING));

		this.mvc
			.perform(post("/patients/{id}/screenings/{sid}/clearances", PATIENT, SCREENING).with(as("THERAPIST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(CLEARANCE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/screening-not-found"));
	}

	@Test
	void aPatientReadingAnotherPatientsScreeningsGetsA404() throws Exception {
		given(this.screenings.history(eq(PATIENT), any())).willThrow(new PatientNotFound(PATIENT));

		this.mvc.perform(get("/patients/{id}/screenings", PATIENT).with(as("PATIENT")))
			.andExpect(status().isNotFound());
	}

	private static String screening() {
		return Stream.of(Contraindication.values())
			.map((contraindication) -> "{\"contraindication\": \"" + contraindication.name()
					+ "\", \"present\": false}")
			.collect(Collectors.joining(", ", "{\"answers\": [", "]}"));
	}

	private static RequestPostProcessor as(String role) {
		return jwt().jwt((token) -> token.subject("user-" + role))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
