package com.ptpractice.e2e;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.ptpractice.e2e.Fixtures.certification;
import static com.ptpractice.e2e.Fixtures.endorsement;
import static com.ptpractice.e2e.Fixtures.license;
import static com.ptpractice.e2e.Stack.GATEWAY;
import static com.ptpractice.e2e.Stack.userToken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the needling rule says no, each on its own, through the gateway with real
 * tokens: a 422 problem naming exactly the reason, and nothing booked. (The happy path,
 * the evaluation-first rule and California are in {@link DryNeedlingE2ETests}.)
 */
class NeedlingRefusalsE2ETests {

	private static final String APPOINTMENTS = GATEWAY + "/api/scheduling/appointments";

	private static final String NOT_ALLOWED = "https://ptpractice.example/problems/dry-needling-not-allowed";

	private static String admin;

	private static String frontDesk;

	private static String practiceAdmin;

	private static String readyPatient;

	private static LocalDate day;

	private static final Map<String, String> CLINICS = new HashMap<>();

	@BeforeAll
	static void clinicsAndAReadyPatient() {
		practiceAdmin = userToken("practiceadmin");
		admin = userToken("credadmin");
		frontDesk = userToken("frontdesk");
		CLINICS.put("UT", Fixtures.clinic(practiceAdmin, "Provo", "UT", "84601", "America/Denver", 40.23, -111.66));
		CLINICS.put("FL", Fixtures.clinic(practiceAdmin, "Orlando", "FL", "32801", "America/New_York", 28.54, -81.38));
		CLINICS.put("WA",
				Fixtures.clinic(practiceAdmin, "Spokane", "WA", "99201", "America/Los_Angeles", 47.66, -117.43));
		CLINICS.put("NY", Fixtures.clinic(practiceAdmin, "Albany", "NY", "12207", "America/New_York", 42.65, -73.76));
		day = LocalDate.now(ZoneId.of("America/Denver")).plusDays(20 + (int) (Math.random() * 40));
		readyPatient = evaluated(Fixtures.screenedPatient(frontDesk, true));
	}

	@Test
	void aLicenseOnlyInAnotherState() {
		String therapist = Fixtures.therapistWith(admin, license("CO", "2040-12-31"), certification(54, null),
				endorsement("UT"));

		assertRefused(book(readyPatient, therapist, "UT"), "NO_LICENSE_IN_STATE");
	}

	@Test
	void aLicensePendingVerification() {
		String therapist = Fixtures.therapistWith(admin, certification(54, null), endorsement("UT"));
		Fixtures.addPendingCredential(admin, therapist, license("UT", "2040-12-31"));

		assertRefused(book(readyPatient, therapist, "UT"), "LICENSE_NOT_VERIFIED");
	}

	@Test
	void aLicenseThatExpiresBeforeTheVisit() {
		String therapist = Fixtures.therapistWith(admin, license("UT", day.minusDays(1).toString()),
				certification(54, null), endorsement("UT"));

		assertRefused(book(readyPatient, therapist, "UT"), "LICENSE_EXPIRES_BEFORE_APPOINTMENT");
	}

	@Test
	void aCertificationThatExpiresBeforeTheVisit() {
		String therapist = Fixtures.therapistWith(admin, license("UT", "2040-12-31"),
				certification(54, day.minusDays(1).toString()), endorsement("UT"));

		assertRefused(book(readyPatient, therapist, "UT"), "CERTIFICATION_EXPIRES_BEFORE_APPOINTMENT");
	}

	@Test
	void tooFewTrainingHoursForFlorida() {
		String therapist = Fixtures.therapistWith(admin, license("FL", "2040-12-31"), certification(20, null),
				endorsement("FL"));

		assertRefused(book(readyPatient, therapist, "FL"), "TOO_FEW_TRAINING_HOURS");
	}

	@Test
	void washingtonWithoutItsEndorsement() {
		String therapist = Fixtures.therapistWith(admin, license("WA", "2040-12-31"), certification(54, null));

		assertRefused(book(readyPatient, therapist, "WA"), "ENDORSEMENT_REQUIRED");
	}

	@Test
	void newYorkDoesNotAllowItAtAll() {
		String therapist = Fixtures.therapistWith(admin, license("NY", "2040-12-31"), certification(54, null));

		assertRefused(book(readyPatient, therapist, "NY"), "STATE_PROHIBITS_DRY_NEEDLING");
	}

	@Test
	void aPatientWhoseConsentWasRevoked() {
		String patient = evaluated(Fixtures.screenedPatient(frontDesk, false));
		String consent = Fixtures.consent(frontDesk, patient);
		HttpResponse<String> revoked = Http.post(
				PatientsHttp.API + "/" + patient + "/consents/" + consent + "/revocation", frontDesk,
				Map.of("reason", "patient changed their mind"));
		assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

		assertRefused(book(patient, utahTherapist(), "UT"), "CONSENT_REVOKED");
	}

	@Test
	void aPatientNeverScreened() {
		String patient = evaluated(Fixtures.registeredPatient(frontDesk));
		Fixtures.consent(frontDesk, patient);

		assertRefused(book(patient, utahTherapist(), "UT"), "SCREENING_MISSING");
	}

	/**
	 * The patient with the initial evaluation every needling visit needs, the day before
	 * (with a therapist of its own), so that each refusal here has exactly one reason.
	 */
	private static String evaluated(String patientId) {
		String therapist = Fixtures.therapist(admin);
		Fixtures.assignDaily(practiceAdmin, CLINICS.get("UT"), therapist, "08:00", "09:00");
		String startsAt = day.minusDays(1)
			.atTime(LocalTime.of(8, 0))
			.atZone(ZoneId.of("America/Denver"))
			.toOffsetDateTime()
			.toString();
		HttpResponse<String> evaluation = Http.post(
				APPOINTMENTS, frontDesk, Map.of("patientId", patientId, "therapistId", therapist, "clinicId",
						CLINICS.get("UT"), "type", "INITIAL_EVALUATION", "startsAt", startsAt),
				UUID.randomUUID().toString());
		assertThat(evaluation.statusCode()).as(evaluation.body()).isEqualTo(201);
		return patientId;
	}

	private static String utahTherapist() {
		return Fixtures.utahReadyTherapist(admin);
	}

	private static HttpResponse<String> book(String patientId, String therapistId, String state) {
		ZoneId zone = ZoneId.of(switch (state) {
			case "FL", "NY" -> "America/New_York";
			case "WA" -> "America/Los_Angeles";
			default -> "America/Denver";
		});
		String startsAt = day.atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime().toString();
		return Http.post(
				APPOINTMENTS, frontDesk, Map.of("patientId", patientId, "therapistId", therapistId, "clinicId",
						CLINICS.get(state), "type", "DRY_NEEDLING", "startsAt", startsAt),
				UUID.randomUUID().toString());
	}

	private static void assertRefused(HttpResponse<String> refused, String reason) {
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
		assertThat(Stack.body(refused).get("type").asString()).isEqualTo(NOT_ALLOWED);
		List<String> codes = PatientsHttp.reasonCodes(refused);
		assertThat(codes).as(refused.body()).containsExactly(reason);
	}

	/**
	 * Nothing but the evaluation was ever booked for the patient all these refusals were
	 * for.
	 */
	@AfterAll
	static void nothingWasBooked() {
		HttpResponse<String> appointments = Stack.get(APPOINTMENTS + "?patientId=" + readyPatient, frontDesk);
		assertThat(appointments.statusCode()).isEqualTo(200);
		assertThat(Stack.body(appointments).values().stream().map((visit) -> visit.get("type").asString()).toList())
			.as(appointments.body())
			.containsExactly("INITIAL_EVALUATION");
	}

}
