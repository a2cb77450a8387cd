package com.ptpractice.common.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "The document matches the endpoint": for every JSON request body in an application's
 * OpenAPI document, each property the document lists as {@code required} is refused when
 * left out (400 with {@code errors} naming it, such as {@code hours[0].startTime}), each
 * property it does not list is accepted when left out (any answer but a 400 naming it),
 * and an empty object is refused naming exactly the required properties. Nested objects
 * and the first element of arrays of objects are walked the same way.
 * <p>
 * The valid bodies are the {@link ExtremeInputs} samples; a documented body without a
 * sample, or a sample that leaves out a documented property, fails the run rather than
 * being skipped.
 */
final class DocumentedBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> METHODS = Set.of("post", "put", "patch", "delete");

	private final MockMvc mvc;

	private final JsonNode document;

	DocumentedBodies(MockMvc mvc, String apiDocs) {
		this.mvc = mvc;
		this.document = JSON.readTree(apiDocs);
	}

	Stream<DynamicNode> probes(ExtremeInputs endpoints) {
		List<DynamicNode> nodes = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode schema = operation.getValue()
					.path("requestBody")
					.path("content")
					.path("application/json")
					.path("schema");
				String endpoint = operation.getKey().toUpperCase() + " " + path.getKey();
				if (operation.getValue().has("requestBody") && schema.isMissingNode()) {
					throw new AssertionError(endpoint + " documents a body that is not application/json");
				}
				if (!METHODS.contains(operation.getKey()) || schema.isMissingNode()) {
					continue;
				}
				nodes.add(DynamicContainer.dynamicContainer(endpoint, probesOf(endpoints, endpoint, schema)));
			}
		}
		if (nodes.isEmpty()) {
			throw new AssertionError("The OpenAPI document has no JSON request body");
		}
		return nodes.stream();
	}

	private Stream<DynamicNode> probesOf(ExtremeInputs endpoints, String endpoint, JsonNode schema) {
		EndpointSample sample = endpoints.sampleOf(endpoint);
		if (sample == null || sample.body == null) {
			return Stream.of(DynamicTest.dynamicTest("has a sample body", () -> {
				throw new AssertionError(endpoint + " takes a body in the document but has no sample body");
			}));
		}
		List<ObjectNode> bodies = new ArrayList<>();
		bodies.add((ObjectNode) JSON.readTree(sample.body));
		sample.otherBodies.forEach((other) -> bodies.add((ObjectNode) JSON.readTree(other)));
		List<DynamicNode> tests = new ArrayList<>();
		Set<String> required = new TreeSet<>();
		walk(endpoints, endpoint, resolve(schema), bodies, "", required, tests);
		tests.add(DynamicTest.dynamicTest("{} is refused naming exactly the required top-level fields", () -> {
			Set<String> named = namedFields(send(endpoints, endpoint, "{}"));
			Set<String> topLevel = new TreeSet<>(required.stream().filter((field) -> !field.contains(".")).toList());
			if (!named.equals(topLevel)) {
				throw new AssertionError(
						endpoint + " with {}: the document requires " + topLevel + " but the endpoint named " + named);
			}
		}));
		return tests.stream();
	}

	/**
	 * Walks one object schema; {@code prefix} is the path of the object in every body,
	 * such as {@code hours[0].}.
	 */
	private void walk(ExtremeInputs endpoints, String endpoint, JsonNode schema, List<ObjectNode> bodies, String prefix,
			Set<String> allRequired, List<DynamicNode> tests) {
		Set<String> required = new TreeSet<>();
		schema.path("required").forEach((name) -> required.add(name.asString()));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			String field = prefix + property.getKey();
			boolean isRequired = required.contains(property.getKey());
			if (isRequired) {
				allRequired.add(field);
			}
			List<ObjectNode> having = bodies.stream().filter((body) -> valueAt(body, field) != null).toList();
			if (having.isEmpty()) {
				tests.add(DynamicTest.dynamicTest(field + " has a sample value", () -> {
					throw new AssertionError(endpoint + ": no sample body has documented field " + field);
				}));
				continue;
			}
			// an optional field may also be shown optional by a valid body that leaves it
			// out
			List<String> without = bodies.stream()
				.filter((body) -> having.contains(body) || (!isRequired && hasParent(body, prefix)))
				.map((body) -> having.contains(body) ? without(body, field) : JSON.writeValueAsString(body))
				.toList();
			tests.add(DynamicTest.dynamicTest(field + (isRequired ? " is required" : " is optional"),
					() -> check(endpoints, endpoint, field, isRequired, without)));
			JsonNode value = valueAt(having.getFirst(), field);
			JsonNode nested = resolve(property.getValue());
			String nestedPrefix = field + ".";
			if (nested.path("type").asString("").equals("array") && value != null && value.isArray()
					&& !value.isEmpty()) {
				nested = resolve(nested.path("items"));
				value = value.get(0);
				nestedPrefix = field + "[0].";
			}
			if (value != null && value.isObject() && nested.has("properties")) {
				walk(endpoints, endpoint, nested, having, nestedPrefix, allRequired, tests);
			}
		}
	}

	/**
	 * A required field must be refused when left out of every body that has it; an
	 * optional one must be accepted when left out of at least one.
	 */
	private void check(ExtremeInputs endpoints, String endpoint, String field, boolean required, List<String> bodies)
			throws Exception {
		List<String> refusals = new ArrayList<>();
		for (String body : bodies) {
			MockHttpServletResponse response = send(endpoints, endpoint, body);
			boolean named = response.getStatus() == 400 && namedFields(response).contains(field);
			if (required && !named) {
				throw new AssertionError(
						endpoint + ": the document lists " + field + " as required, but a body without it answered "
								+ response.getStatus() + " " + response.getContentAsString());
			}
			if (!required && !named) {
				return;
			}
			refusals.add(response.getContentAsString());
		}
		if (!required) {
			throw new AssertionError(endpoint + ": the document lists " + field
					+ " as optional, but every sample body without it answered " + refusals);
		}
	}

	private static @Nullable JsonNode valueAt(JsonNode root, String field) {
		JsonNode node = root;
		for (String step : field.split("\\.")) {
			node = step(node, step);
			if (node == null || node.isNull()) {
				return null;
			}
		}
		return node;
	}

	private static boolean hasParent(JsonNode root, String prefix) {
		return prefix.isEmpty() || valueAt(root, prefix.substring(0, prefix.length() - 1)) != null;
	}

	private static String without(ObjectNode root, String field) {
		ObjectNode copy = root.deepCopy();
		JsonNode parent = copy;
		String[] steps = field.split("\\.");
		for (int i = 0; i < steps.length - 1; i++) {
			parent = step(parent, steps[i]);
		}
		((ObjectNode) parent).remove(steps[steps.length - 1]);
		return JSON.writeValueAsString(copy);
	}

	private MockHttpServletResponse send(ExtremeInputs endpoints, String endpoint, String body) throws Exception {
		return this.mvc.perform(endpoints.requestWithBody(endpoint, body)).andReturn().getResponse();
	}

	private static Set<String> namedFields(MockHttpServletResponse response) throws Exception {
		Set<String> fields = new TreeSet<>();
		if (response.getStatus() == 400) {
			JSON.readTree(response.getContentAsString())
				.path("errors")
				.forEach((error) -> fields.add(error.path("field").asString()));
		}
		return fields;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		if (resolved.has("allOf") && resolved.path("allOf").size() == 1) {
			resolved = resolved.path("allOf").get(0);
		}
		String ref = resolved.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return this.document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return resolved;
	}

	private static @Nullable JsonNode step(@Nullable JsonNode node, String step) {
		if (node == null) {
			return null;
		}
		int bracket = step.indexOf('[');
		if (bracket < 0) {
			return node.get(step);
		}
		JsonNode array = node.get(step.substring(0, bracket));
		return (array == null) ? null : array.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
	}

}
