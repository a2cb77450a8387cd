package com.ptpractice.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class JsonValuesTests {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	@Test
	void aMissingPrimitiveIsRequired() {
		assertThat(messageFor("{}")).isEqualTo("is required");
	}

	@Test
	void aBooleanOfTheWrongTypeMustBeTrueOrFalse() {
		assertThat(messageFor("{\"flag\": \"yes\"}")).isEqualTo("must be true or false");
	}

	@Test
	void eachKindOfValueSaysWhatItShouldBe() {
		String valid = "\"flag\": true, \"count\": 1";
		assertThat(messageFor("{" + valid + ", \"count\": \"many\"}")).isEqualTo("must be a whole number");
		assertThat(messageFor("{" + valid + ", \"day\": \"tomorrow\"}")).isEqualTo("must be a date such as 2027-01-05");
		assertThat(messageFor("{" + valid + ", \"at\": \"2027-01-05T09:00:00\"}"))
			.isEqualTo("must be an instant with an offset, such as 2027-01-05T09:00:00-07:00");
		assertThat(messageFor("{" + valid + ", \"id\": \"42\"}"))
			.isEqualTo("must be an id such as 0e000000-0000-4000-8000-00000000e001");
	}

	private static String messageFor(String json) {
		return JsonValues.expected(catchThrowable(() -> JSON.readValue(json, Sample.class)));
	}

	record Sample(boolean flag, int count, LocalDate day, Instant at, UUID id) {
	}

}
