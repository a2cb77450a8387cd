package com.ptpractice.common.test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.ptpractice.common.security.KeycloakJwt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * "No 500 from any input": sends extreme and malformed values (years ±999999999, offsets
 * beyond ±18:00, numbers past 32 bits, non-UUID ids, JSON of the wrong type) to every
 * date, number and id input of every endpoint of a servlet application, one input at a
 * time, and requires each answer to be a 4xx {@code application/problem+json} without a
 * stack trace, a 400 naming the input, and the database unchanged.
 * <p>
 * The endpoints come from the application's {@link RequestMappingHandlerMapping}, not
 * from a list in the test: a service test declares a valid {@link EndpointSample} for
 * each, and an endpoint without one (a new one, say) fails the run, as does a sample that
 * leaves a date, number or id input without a value. Returns JUnit dynamic tests, one per
 * request, for a {@code @TestFactory}.
 */
public final class ExtremeInputs {

	/** The subject of every token: a UUID, as Keycloak's user ids are. */
	public static final String SUBJECT = "0e000000-0000-4000-8000-00000000e001";

	private static final Logger log = LoggerFactory.getLogger(ExtremeInputs.class);

	private static final Pattern ROLE = Pattern.compile("has(?:Any)?Role\\('([A-Z_]+)'");

	private static final List<String> WHOLE_BODIES = List.of("{", "[]", "\"text\"", "12");

	private final MockMvc mvc;

	private final DatabaseFingerprint database;

	private final Map<String, HandlerMethod> endpoints;

	private final Map<String, EndpointSample> samples = new LinkedHashMap<>();

	private ExtremeInputs(MockMvc mvc, DatabaseFingerprint database, Map<String, HandlerMethod> endpoints) {
		this.mvc = mvc;
		this.database = database;
		this.endpoints = endpoints;
	}

	/** Every endpoint of the application the context runs (its own package only). */
	public static ExtremeInputs of(ApplicationContext context, MockMvc mvc) {
		String applicationPackage = context.getBeansWithAnnotation(SpringBootApplication.class)
			.values()
			.stream()
			.map((bean) -> ClassUtils.getUserClass(bean).getPackageName())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No @SpringBootApplication in the context"));
		RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith(applicationPackage)) {
				keysOf(info).forEach((key) -> endpoints.put(key, handler));
			}
		});
		return new ExtremeInputs(mvc, new DatabaseFingerprint(context.getBean(DataSource.class)), endpoints);
	}

	/**
	 * Declares a valid request to an endpoint.
	 * @param endpoint method and path pattern as mapped, such as {@code POST
	 * /appointments/{id}/cancel}
	 * @param sample fills in the valid request
	 */
	public ExtremeInputs endpoint(String endpoint, Consumer<EndpointSample> sample) {
		EndpointSample filled = new EndpointSample();
		sample.accept(filled);
		this.samples.put(endpoint, filled);
		return this;
	}

	/** Declares an endpoint that takes no path variable, parameter or body. */
	public ExtremeInputs endpoint(String endpoint) {
		return endpoint(endpoint, (sample) -> {
		});
	}

	/** One dynamic test per request, and one that every endpoint is declared. */
	public Stream<DynamicNode> probes() {
		List<DynamicNode> nodes = new ArrayList<>();
		nodes.add(DynamicTest.dynamicTest("every endpoint of the application has a sample", this::checkCoverage));
		int requests = 0;
		for (Map.Entry<String, HandlerMethod> endpoint : this.endpoints.entrySet()) {
			EndpointSample sample = this.samples.get(endpoint.getKey());
			if (sample == null) {
				continue;
			}
			List<DynamicNode> tests = probesOf(endpoint.getKey(), endpoint.getValue(), sample);
			requests += tests.size();
			nodes.add(DynamicContainer.dynamicContainer(endpoint.getKey(), tests.stream()));
		}
		log.info("Extreme inputs: {} endpoints mapped, {} declared, {} requests", this.endpoints.size(),
				this.samples.size(), requests);
		return nodes.stream();
	}

	/**
	 * What the document's request bodies declare against what the endpoints accept, from
	 * the same samples; see {@link DocumentedBodies}.
	 * @param apiDocs the application's OpenAPI document (JSON)
	 */
	public Stream<DynamicNode> documentedBodies(String apiDocs) {
		return new DocumentedBodies(this.mvc, apiDocs).probes(this);
	}

	@Nullable EndpointSample sampleOf(String endpoint) {
		return this.samples.get(endpoint);
	}

	/** The endpoint's sample request with another body. */
	MockHttpServletRequestBuilder requestWithBody(String endpoint, String body) {
		EndpointSample sample = this.samples.get(endpoint);
		HandlerMethod handler = this.endpoints.get(endpoint);
		if (sample == null || handler == null) {
			throw new IllegalStateException("No sample for " + endpoint);
		}
		List<String> roles = sample.roles.isEmpty() ? roleFrom(handler) : sample.roles;
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
		return new ProbeRequests(method, pattern, sample, roles).withBody(body);
	}

	private void checkCoverage() {
		List<String> undeclared = this.endpoints.keySet()
			.stream()
			.filter((key) -> !this.samples.containsKey(key))
			.toList();
		List<String> unknown = this.samples.keySet()
			.stream()
			.filter((key) -> !this.endpoints.containsKey(key))
			.toList();
		if (!undeclared.isEmpty() || !unknown.isEmpty()) {
			throw new AssertionError("Endpoints without a sample (declare one): " + undeclared
					+ "; samples for endpoints that are not mapped: " + unknown);
		}
	}

	private List<DynamicNode> probesOf(String key, HandlerMethod handler, EndpointSample sample) {
		EndpointInputs inputs = EndpointInputs.of(handler, sample);
		if (!inputs.problems().isEmpty()) {
			return List.of(DynamicTest.dynamicTest("the sample is complete", () -> {
				throw new AssertionError(key + ": the sample needs " + String.join(", ", inputs.problems()));
			}));
		}
		List<String> roles = sample.roles.isEmpty() ? roleFrom(handler) : sample.roles;
		String method = key.substring(0, key.indexOf(' '));
		String pattern = key.substring(key.indexOf(' ') + 1);
		ProbeRequests requests = new ProbeRequests(method, pattern, sample, roles);
		List<DynamicNode> tests = new ArrayList<>();
		for (EndpointInputs.Input input : inputs.inputs()) {
			List<String> values = (input.location() == EndpointInputs.Location.BODY) ? input.kind().jsonLiterals()
					: input.kind().texts();
			for (String value : values) {
				Probe probe = new Probe(key, input.describe() + " = " + value, input.name(),
						requests.with(input, value));
				tests.add(DynamicTest.dynamicTest(probe.what(), () -> probe.run(this.mvc, this.database)));
			}
		}
		if (inputs.hasBody()) {
			for (String body : WHOLE_BODIES) {
				Probe probe = new Probe(key, "body = " + body, null, requests.withBody(body));
				tests.add(DynamicTest.dynamicTest(probe.what(), () -> probe.run(this.mvc, this.database)));
			}
		}
		return tests;
	}

	private static List<String> roleFrom(HandlerMethod handler) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return List.of();
		}
		Matcher role = ROLE.matcher(rule.value());
		return role.find() ? List.of(role.group(1)) : List.of();
	}

	private static List<String> keysOf(RequestMappingInfo info) {
		List<String> keys = new ArrayList<>();
		var methods = info.getMethodsCondition().getMethods();
		for (String pattern : info.getPatternValues()) {
			if (methods.isEmpty()) {
				keys.add("ANY " + pattern);
			}
			methods.forEach((method) -> keys.add(method.name() + " " + pattern));
		}
		return keys;
	}

	/**
	 * Builds the sample's request with one input replaced.
	 */
	private record ProbeRequests(String method, String pattern, EndpointSample sample, List<String> roles) {

		MockHttpServletRequestBuilder with(EndpointInputs.Input input, String value) {
			Map<String, String> path = new LinkedHashMap<>(this.sample.pathVariables);
			Map<String, String> query = new LinkedHashMap<>(this.sample.queryParameters);
			String body = this.sample.body;
			switch (input.location()) {
				case PATH -> path.put(input.name(), value);
				case QUERY -> query.put(input.name(), value);
				case BODY -> body = JsonBodies.replace(String.valueOf(this.sample.body), input.pointer(), value);
			}
			return build(path, query, body);
		}

		MockHttpServletRequestBuilder withBody(String body) {
			return build(this.sample.pathVariables, this.sample.queryParameters, body);
		}

		private MockHttpServletRequestBuilder build(Map<String, String> path, Map<String, String> query,
				@Nullable String body) {
			String uri = this.pattern;
			for (Map.Entry<String, String> variable : path.entrySet()) {
				uri = uri.replace("{" + variable.getKey() + "}",
						UriUtils.encodePathSegment(variable.getValue(), StandardCharsets.UTF_8));
			}
			StringBuilder withQuery = new StringBuilder(uri);
			query.forEach((name, value) -> withQuery.append(withQuery.indexOf("?") < 0 ? '?' : '&')
				.append(name)
				.append('=')
				.append(UriUtils.encode(value, StandardCharsets.UTF_8)));
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders
				.request(HttpMethod.valueOf(this.method), URI.create(withQuery.toString()))
				.accept(MediaType.APPLICATION_JSON);
			this.sample.headers.forEach(request::header);
			if (!this.roles.isEmpty()) {
				request.with(jwt()
					.jwt((token) -> token.subject(SUBJECT)
						.claim("azp", "extreme-inputs")
						.claim("realm_access", Map.of("roles", this.roles)))
					.authorities(KeycloakJwt.realmRolesConverter()));
			}
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
			return request;
		}

	}

}
