package com.ptpractice.common.test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;

/**
 * The inputs of one handler method, read from its signature (path variables, query
 * parameters, the fields of its JSON body, walked through records and collections), with
 * what is missing from the endpoint's sample for a request that varies one input at a
 * time.
 *
 * @param inputs every path variable, query parameter and body field
 * @param hasBody whether the endpoint reads a JSON body
 * @param problems what the sample lacks or names that the endpoint does not have
 */
record EndpointInputs(List<Input> inputs, boolean hasBody, List<String> problems) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static EndpointInputs of(HandlerMethod handler, EndpointSample sample) {
		List<Input> inputs = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		boolean hasBody = false;
		List<String> pathNames = new ArrayList<>();
		List<String> queryNames = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
			if (path != null) {
				String name = nameOf(path.name(), parameter);
				pathNames.add(name);
				String value = sample.pathVariables.get(name);
				if (value == null) {
					problems.add("a value for path variable " + name);
				}
				inputs.add(new Input(Location.PATH, name, InputKind.of(type, value), List.of()));
			}
			else if (query != null) {
				String name = nameOf(query.name(), parameter);
				queryNames.add(name);
				String value = sample.queryParameters.get(name);
				boolean required = query.required() && ValueConstants.DEFAULT_NONE.equals(query.defaultValue())
						&& !parameter.isOptional();
				if (value == null && (required || InputKind.variedType(type))) {
					problems.add("a value for query parameter " + name);
				}
				inputs.add(new Input(Location.QUERY, name, InputKind.of(type, value), List.of()));
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				hasBody = true;
				if (sample.body == null) {
					problems.add("a JSON body");
				}
				else {
					walk(JSON.readTree(sample.body), ResolvableType.forMethodParameter(parameter), "", List.of(),
							inputs, problems);
				}
			}
		}
		sample.pathVariables.keySet()
			.stream()
			.filter((name) -> !pathNames.contains(name))
			.forEach((name) -> problems.add("no path variable " + name + " (the sample names one)"));
		sample.queryParameters.keySet()
			.stream()
			.filter((name) -> !queryNames.contains(name))
			.forEach((name) -> problems.add("no query parameter " + name + " (the sample names one)"));
		if (!hasBody && sample.body != null) {
			problems.add("no request body (the sample has one)");
		}
		return new EndpointInputs(List.copyOf(inputs), hasBody, List.copyOf(problems));
	}

	private static void walk(JsonNode node, ResolvableType type, String path, List<Object> pointer, List<Input> inputs,
			List<String> problems) {
		Class<?> raw = type.toClass();
		if (raw.isRecord()) {
			if (!node.isObject()) {
				problems.add("an object at " + displayPath(path));
				return;
			}
			for (RecordComponent component : raw.getRecordComponents()) {
				String childPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
				ResolvableType childType = ResolvableType.forType(component.getGenericType(), type);
				JsonNode child = node.get(component.getName());
				if (child == null || child.isNull()) {
					if (containsVariedInput(childType)) {
						problems.add("a value for body field " + childPath);
					}
					continue;
				}
				walk(child, childType, childPath, append(pointer, component.getName()), inputs, problems);
			}
		}
		else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			ResolvableType element = raw.isArray() ? type.getComponentType() : type.asCollection().getGeneric(0);
			if (!node.isArray() || node.isEmpty()) {
				if (containsVariedInput(element)) {
					problems.add("at least one element in body field " + displayPath(path));
				}
				return;
			}
			walk(node.get(0), element, path + "[0]", append(pointer, 0), inputs, problems);
		}
		else if (!Map.class.isAssignableFrom(raw)) {
			String sample = node.isString() ? node.asString() : null;
			inputs.add(new Input(Location.BODY, path, InputKind.of(raw, sample), pointer));
		}
	}

	private static boolean containsVariedInput(ResolvableType type) {
		Class<?> raw = type.toClass();
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				if (containsVariedInput(ResolvableType.forType(component.getGenericType(), type))) {
					return true;
				}
			}
			return false;
		}
		if (Collection.class.isAssignableFrom(raw)) {
			return containsVariedInput(type.asCollection().getGeneric(0));
		}
		return InputKind.variedType(raw);
	}

	private static List<Object> append(List<Object> pointer, Object step) {
		List<Object> longer = new ArrayList<>(pointer);
		longer.add(step);
		return List.copyOf(longer);
	}

	private static String displayPath(String path) {
		return path.isEmpty() ? "the body" : path;
	}

	private static String nameOf(String declared, MethodParameter parameter) {
		if (!declared.isEmpty()) {
			return declared;
		}
		String name = parameter.getParameterName();
		if (name == null) {
			throw new IllegalStateException("Compile with -parameters: no name for " + parameter);
		}
		return name;
	}

	/** Where an input is sent. */
	enum Location {

		PATH, QUERY, BODY

	}

	/**
	 * One input.
	 *
	 * @param location where it is sent
	 * @param name its parameter name, or its path in the body such as
	 * {@code hours[0].startTime}, as a 400 names it
	 * @param kind what it holds
	 * @param pointer for a body field, the property names and indexes leading to it
	 */
	record Input(Location location, String name, InputKind kind, List<Object> pointer) {

		String describe() {
			return this.location.name().toLowerCase() + " " + this.name;
		}

	}

}
