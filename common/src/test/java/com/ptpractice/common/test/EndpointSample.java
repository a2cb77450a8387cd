package com.ptpractice.common.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A plausible, valid request to one endpoint, from which {@link ExtremeInputs} varies one
 * input at a time: values for its path variables and query parameters, a JSON body, and
 * the realm roles of the caller (by default the first role its {@code @PreAuthorize}
 * names). Every date, number and id input must have a value here, so that the extreme
 * value is the only thing wrong with each request.
 */
public final class EndpointSample {

	final Map<String, String> pathVariables = new LinkedHashMap<>();

	final Map<String, String> queryParameters = new LinkedHashMap<>();

	final Map<String, String> headers = new LinkedHashMap<>();

	final List<String> roles = new ArrayList<>();

	@Nullable String body;

	final List<String> otherBodies = new ArrayList<>();

	EndpointSample() {
	}

	public EndpointSample path(String name, Object value) {
		this.pathVariables.put(name, String.valueOf(value));
		return this;
	}

	public EndpointSample param(String name, Object value) {
		this.queryParameters.put(name, String.valueOf(value));
		return this;
	}

	public EndpointSample header(String name, Object value) {
		this.headers.put(name, String.valueOf(value));
		return this;
	}

	/** A valid JSON body. */
	public EndpointSample body(String json) {
		this.body = json;
		return this;
	}

	/**
	 * Other valid JSON bodies, for a field that only some bodies need (a certification's
	 * issuer, a license's number): the OpenAPI check counts a field optional when one
	 * valid body can leave it out. The extreme-input sweep uses only {@link #body}.
	 */
	public EndpointSample alsoValid(String... json) {
		this.otherBodies.addAll(List.of(json));
		return this;
	}

	/** Calls with a token carrying these realm roles instead of the derived one. */
	public EndpointSample as(String... roles) {
		this.roles.clear();
		this.roles.addAll(List.of(roles));
		return this;
	}

}
