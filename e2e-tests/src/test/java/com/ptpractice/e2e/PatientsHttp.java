package com.ptpractice.e2e;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Calls to the patient API through the gateway that the end-to-end tests share: JSON
 * writes, unique patients and readiness decisions.
 */
final class PatientsHttp {

	static final String API = Stack.GATEWAY + "/api/patients";

	static final List<String> CONTRAINDICATIONS = List.of("FIRST_TRIMESTER_PREGNANCY",
			"BLEEDING_DISORDER_OR_ANTICOAGULANTS", "ACTIVE_CANCER_TREATMENT", "INFECTION_AT_SITE",
			"COMPROMISED_IMMUNITY", "SEVERE_NEEDLE_FEAR", "VASCULAR_CONCERNS");

	private PatientsHttp() {
	}

	static HttpResponse<String> post(String url, String token, String json) {
		return Http.post(url, token, json);
	}

	static HttpResponse<String> put(String url, String token, String json) {
		return Http.put(url, token, json);
	}

	static HttpResponse<String> delete(String url, String token) {
		return Http.delete(url, token);
	}

	/** A name no earlier run used: letters only. */
	static String uniqueName(String prefix) {
		return prefix + UUID.randomUUID()
			.toString()
			.replace("-", "")
			.substring(0, 10)
			.chars()
			.mapToObj((c) -> String.valueOf((char) ('a' + Character.digit(c, 16))))
			.collect(Collectors.joining());
	}

	static String newPatientJson() {
		String lastName = uniqueName("E2e");
		return """
				{"firstName": "%s", "lastName": "%s", "birthDate": "1979-06-02", "sex": "FEMALE",
				 "phone": "+1 801 555 0142", "email": "%s@example.com",
				 "address": {"line1": "200 S Main St", "city": "Salt Lake City", "state": "UT",
				             "postalCode": "84101"}}""".formatted(uniqueName("Pat"), lastName, lastName.toLowerCase());
	}

	static String screeningJson(String... flagged) {
		List<String> yes = Arrays.asList(flagged);
		return CONTRAINDICATIONS.stream()
			.map((code) -> "{\"contraindication\": \"" + code + "\", \"present\": " + yes.contains(code) + "}")
			.collect(Collectors.joining(", ", "{\"answers\": [", "]}"));
	}

	static String consentJson(Instant signedAt) {
		return "{\"formVersion\": \"DN-2026-01\", \"signedAt\": \"" + signedAt + "\", \"signer\": \"PATIENT\"}";
	}

	/**
	 * The readiness decision for the patient at the instant (UTC, so no '+' to encode).
	 */
	static HttpResponse<String> readiness(String patientId, Instant at, String token) {
		return Stack.get(API + "/" + patientId + "/dry-needling-readiness?at="
				+ URLEncoder.encode(at.toString(), StandardCharsets.UTF_8), token);
	}

	static List<String> reasonCodes(HttpResponse<String> decision) {
		return Stack.body(decision)
			.get("reasons")
			.values()
			.stream()
			.map((reason) -> reason.get("code").asString())
			.toList();
	}

	static String field(HttpResponse<String> response, String name) {
		JsonNode value = Stack.body(response).get(name);
		if (value == null) {
			throw new AssertionError("No " + name + " in " + response.statusCode() + " " + response.body());
		}
		return value.asString();
	}

}
