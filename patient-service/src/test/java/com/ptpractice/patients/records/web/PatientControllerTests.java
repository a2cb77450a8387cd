package com.ptpractice.patients.records.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.patients.records.PatientDetails;
import com.ptpractice.patients.records.PatientNotFound;
import com.ptpractice.patients.records.PatientRecords;
import com.ptpractice.patients.records.PatientSearch;
import com.ptpractice.patients.records.TestPatients;
import com.ptpractice.patients.system.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PatientController.class)
@Import(SecurityConfiguration.class)
class PatientControllerTests {

	private static final UUID ID = UUID.fromString("5a4c7b0e-3c1d-4f7a-9a36-1f1e8f6c0001");

	private static final String VALID = """
			{"firstName": "Ada", "lastName": "Quill", "birthDate": "1980-05-17", "sex": "FEMALE",
			 "phone": "(303) 555-0100", "email": "ada@example.com",
			 "address": {"line1": "1 Main St", "city": "Denver", "state": "CO", "postalCode": "80202"}}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PatientRecords records;

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 201", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTheFrontDeskRegisters(String role, int expected) throws Exception {
		given(this.records.register(any(), anyBoolean(), any())).willReturn(TestPatients.patient(ID));

		this.mvc.perform(post("/patients").with(as(role)).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 200",
			"SERVICE, 403" })
	void theFrontDeskAndPracticeAdministratorsSearch(String role, int expected) throws Exception {
		given(this.records.search(any(), anyInt(), anyInt(), any()))
			.willReturn(new PageImpl<>(List.of(TestPatients.patient(ID)), PageRequest.of(0, 20), 1));

		this.mvc.perform(get("/patients").param("name", "Qu").with(as(role))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 200", "PATIENT, 200", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 200",
			"SERVICE, 403" })
	void staffAndThePatientReadARecord(String role, int expected) throws Exception {
		given(this.records.read(eq(ID), any())).willReturn(TestPatients.patient(ID));

		this.mvc.perform(get("/patients/{id}", ID).with(as(role))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 403", "THERAPIST, 403", "PATIENT, 200", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyPatientsAskForTheirOwnRecord(String role, int expected) throws Exception {
		given(this.records.readOwn(any())).willReturn(TestPatients.patient(ID));

		this.mvc.perform(get("/patients/me").with(as(role))).andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 200", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTheFrontDeskUpdatesDemographics(String role, int expected) throws Exception {
		given(this.records.updateDemographics(eq(ID), any(), anyInt(), any())).willReturn(TestPatients.patient(ID));

		this.mvc
			.perform(put("/patients/{id}", ID).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID.replace("{\"firstName\"", "{\"version\": 3, \"firstName\"")))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 204", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTheFrontDeskLinksALogin(String role, int expected) throws Exception {
		this.mvc
			.perform(put("/patients/{id}/login", ID).with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\": \"a1b2c3d4-0000-4000-8000-000000000005\"}"))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest
	@CsvSource({ "FRONT_DESK, 204", "THERAPIST, 403", "PATIENT, 403", "CREDENTIALING_ADMIN, 403", "PRACTICE_ADMIN, 403",
			"SERVICE, 403" })
	void onlyTheFrontDeskUnlinksALogin(String role, int expected) throws Exception {
		this.mvc.perform(delete("/patients/{id}/login", ID).with(as(role))).andExpect(status().is(expected));
	}

	@Test
	void registeringAnswersWithTheIdRecordNumberAndLocation() throws Exception {
		given(this.records.register(any(), eq(false), any())).willReturn(TestPatients.patient(ID));

		this.mvc
			.perform(post("/patients").with(as("FRONT_DESK")).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/patients/" + ID))
			.andExpect(jsonPath("$.id").value(ID.toString()))
			.andExpect(jsonPath("$.mrn").value("P0100001-7"))
			.andExpect(jsonPath("$.phone").value("+13035550100"))
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void theServiceGetsThePhoneInE164Form() throws Exception {
		given(this.records.register(any(), anyBoolean(), any())).willReturn(TestPatients.patient(ID));

		this.mvc
			.perform(post("/patients").with(as("FRONT_DESK")).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated());

		then(this.records).should()
			.register(org.mockito.ArgumentMatchers.<PatientDetails>argThat(
					(details) -> details.phone().equals("+13035550100") && details.address().state().equals("CO")),
					eq(false), any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "\"birthDate\": \"1980-05-17\"|\"birthDate\": \"2999-01-01\"|birthDate",
					"\"email\": \"ada@example.com\"|\"email\": \"ada@example\"|email",
					"\"phone\": \"(303) 555-0100\"|\"phone\": \"555-0100\"|phone",
					"\"state\": \"CO\"|\"state\": \"XX\"|address.state",
					"\"postalCode\": \"80202\"|\"postalCode\": \"8020\"|address.postalCode",
					"\"firstName\": \"Ada\"|\"firstName\": \" \"|firstName",
					"\"birthDate\": \"1980-05-17\"|\"birthDate\": \"1980-13-45\"|birthDate",
					"\"sex\": \"FEMALE\"|\"sex\": \"ROBOT\"|sex" })
	void badInputIsA400NamingTheFieldAndNothingIsRegistered(String valid, String invalid, String field)
			throws Exception {
		this.mvc
			.perform(post("/patients").with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID.replace(valid, invalid)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));

		then(this.records).should(never()).register(any(), anyBoolean(), any());
	}

	@Test
	void aPossibleDuplicateIsA409WithTheExistingRecordNumber() throws Exception {
		given(this.records.register(any(), eq(false), any())).willThrow(TestPatients.duplicateOf("P0100001-7"));

		this.mvc
			.perform(post("/patients").with(as("FRONT_DESK")).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/possible-duplicate-patient"))
			.andExpect(jsonPath("$.existingMrn").value("P0100001-7"));
	}

	@Test
	void confirmingADifferentPersonIsPassedOn() throws Exception {
		given(this.records.register(any(), eq(true), any())).willReturn(TestPatients.patient(ID));

		this.mvc
			.perform(post("/patients").with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID.replace("{\"firstName\"", "{\"confirmedDifferentPerson\": true, \"firstName\"")))
			.andExpect(status().isCreated());
	}

	@Test
	void aStaleUpdateIsA409() throws Exception {
		given(this.records.updateDemographics(eq(ID), any(), eq(2), any()))
			.willThrow(new OptimisticLockingFailureException("stale"));

		this.mvc
			.perform(put("/patients/{id}", ID).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(VALID.replace("{\"firstName\"", "{\"version\": 2, \"firstName\"")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/version-conflict"));
	}

	@Test
	void anUpdateWithoutAVersionIsA400() throws Exception {
		this.mvc.perform(
				put("/patients/{id}", ID).with(as("FRONT_DESK")).contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));

		then(this.records).should(never()).updateDemographics(any(), any(), anyInt(), any());
	}

	@Test
	void anotherPatientsRecordIsA404NotA403() throws Exception {
		given(this.records.read(eq(ID), any())).willThrow(new PatientNotFound(ID));

		this.mvc.perform(get("/patients/{id}", ID).with(as("PATIENT")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/patient-not-found"));
	}

	@Test
	void aPatientWithoutALinkedRecordGetsA404SayingSo() throws Exception {
		given(this.records.readOwn(any())).willThrow(PatientNotFound.forOwnLogin());

		this.mvc.perform(get("/patients/me").with(as("PATIENT")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("linked to your login")));
	}

	@Test
	void linkingALoginOfAnotherPatientIsA409() throws Exception {
		willThrow(TestPatients.loginAlreadyLinked()).given(this.records).linkLogin(eq(ID), anyString(), any());

		this.mvc
			.perform(put("/patients/{id}/login", ID).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\": \"a1b2c3d4-0000-4000-8000-000000000005\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://ptpractice.example/problems/login-already-linked"));
	}

	@Test
	void aLoginThatIsNoUserIdIsA400() throws Exception {
		this.mvc
			.perform(put("/patients/{id}/login", ID).with(as("FRONT_DESK"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\": \"not-a-uuid\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("subject"));
	}

	@Test
	void searchPagesAreBoundedAt50() throws Exception {
		this.mvc.perform(get("/patients").param("name", "Qu").param("size", "51").with(as("FRONT_DESK")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));

		then(this.records).should(never()).search(any(), anyInt(), anyInt(), any());
	}

	@Test
	void searchPassesTheCriteriaOn() throws Exception {
		given(this.records.search(any(), anyInt(), anyInt(), any()))
			.willReturn(new PageImpl<>(List.of(TestPatients.patient(ID)), PageRequest.of(1, 10), 11));

		this.mvc
			.perform(get("/patients").param("name", "Qu")
				.param("birthDate", "1980-05-17")
				.param("page", "1")
				.param("size", "10")
				.with(as("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].mrn").value("P0100001-7"))
			.andExpect(jsonPath("$.totalElements").value(11));

		then(this.records).should()
			.search(eq(new PatientSearch("Qu", java.time.LocalDate.of(1980, 5, 17), null, null)), eq(1), eq(10), any());
	}

	@Test
	void noTokenIsA401() throws Exception {
		this.mvc.perform(get("/patients/{id}", ID)).andExpect(status().isUnauthorized());
	}

	private static RequestPostProcessor as(String role) {
		return jwt().jwt((token) -> token.subject("user-" + role).claim("azp", "clinic-web"))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}
