package com.ptpractice.common.test;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces one field of a JSON body with a literal, which may be of any JSON type.
 */
final class JsonBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonBodies() {
	}

	static String replace(String body, List<Object> pointer, String literal) {
		JsonNode root = JSON.readTree(body);
		JsonNode parent = root;
		for (Object step : pointer.subList(0, pointer.size() - 1)) {
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = pointer.getLast();
		String marker = "\"__extreme_value__\"";
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, JSON.readTree(marker));
		}
		else {
			((ObjectNode) parent).set((String) last, JSON.readTree(marker));
		}
		// the literal is spliced in as text: numbers such as 1e400 must reach the service
		// as written, not as a parsed double
		return JSON.writeValueAsString(root).replace(marker, literal);
	}

}
