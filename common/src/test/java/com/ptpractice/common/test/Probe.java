package com.ptpractice.common.test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One request with one extreme input, and what its answer must be.
 *
 * @param endpoint method and path pattern
 * @param what the input and the value sent
 * @param field the input as a 400 must name it; null when the whole body is wrong
 * @param request the request
 */
record Probe(String endpoint, String what, @Nullable String field, MockHttpServletRequestBuilder request) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	void run(MockMvc mvc, DatabaseFingerprint database) throws Exception {
		Map<String, String> before = database.take();
		MvcResult result;
		try {
			result = mvc.perform(this.request).andReturn();
		}
		catch (Exception ex) {
			throw new AssertionError(this.endpoint + " with " + this.what + " escaped the exception handling", ex);
		}
		List<String> wrong = new ArrayList<>(checkAnswer(result.getResponse()));
		List<String> changed = DatabaseFingerprint.changedTables(before, database.take());
		if (!changed.isEmpty()) {
			wrong.add("changed the database: " + changed);
		}
		if (!wrong.isEmpty()) {
			throw new AssertionError(describe(result) + "\n  " + String.join("\n  ", wrong) + trace(result));
		}
	}

	private List<String> checkAnswer(MockHttpServletResponse response) throws Exception {
		List<String> wrong = new ArrayList<>();
		int status = response.getStatus();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (status < 400 || status > 499) {
			wrong.add("answered " + status + ", not a 4xx");
		}
		String contentType = response.getContentType();
		if (contentType == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			wrong.add("Content-Type is " + contentType + ", not application/problem+json");
		}
		if (body.contains("Exception") || body.contains("\tat ") || body.contains(".java:")) {
			wrong.add("the body shows a stack trace or exception");
		}
		JsonNode problem = readProblem(body);
		if (problem == null || !problem.path("status").isNumber() || problem.path("status").asInt() != status) {
			wrong.add("the body is not a problem with status " + status);
		}
		else if (status == 400 && this.field != null) {
			wrong.addAll(checkFieldsNamed(problem));
		}
		return wrong;
	}

	private List<String> checkFieldsNamed(JsonNode problem) {
		JsonNode errors = problem.path("errors");
		if (!errors.isArray() || errors.isEmpty()) {
			return List.of("the 400 does not name the field " + this.field + " in errors");
		}
		List<String> wrong = new ArrayList<>();
		for (JsonNode error : errors) {
			String named = error.path("field").asString("");
			if (!related(named, String.valueOf(this.field))) {
				wrong.add("the 400 names " + named + " (" + error.path("message").asString("")
						+ "), not the input sent: the sample is not valid apart from " + this.field);
			}
		}
		return wrong;
	}

	private static boolean related(String named, String field) {
		return named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")
				|| field.startsWith(named + ".") || field.startsWith(named + "[");
	}

	private static @Nullable JsonNode readProblem(String body) {
		try {
			JsonNode node = JSON.readTree(body);
			return node.isObject() ? node : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private String describe(MvcResult result) throws Exception {
		MockHttpServletRequest request = result.getRequest();
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		String sent = (request.getContentAsString() != null) ? " " + request.getContentAsString() : "";
		return this.endpoint + " with " + this.what + ": " + request.getMethod() + " " + request.getRequestURI() + query
				+ sent + " -> " + result.getResponse().getStatus() + " "
				+ result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String trace(MvcResult result) {
		Exception resolved = result.getResolvedException();
		if (resolved == null || result.getResponse().getStatus() < 500) {
			return "";
		}
		StringWriter trace = new StringWriter();
		resolved.printStackTrace(new PrintWriter(trace));
		return "\n  caused by: " + trace;
	}

	@Override
	public String toString() {
		return this.what;
	}

}
