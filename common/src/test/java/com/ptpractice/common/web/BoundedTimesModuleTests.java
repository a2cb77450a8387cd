package com.ptpractice.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BoundedTimesModuleTests {

	private final JsonMapper json = JsonMapper.builder().addModule(new BoundedTimesModule()).build();

	@Test
	void readsIsoTextAsBefore() {
		Times times = this.json.readValue("""
				{"at": "2026-12-01T10:00:00-07:00", "instant": "2026-12-01T17:00:00Z", "day": "2026-12-01",
				 "time": "08:30", "until": null}""", Times.class);

		assertThat(times.at()).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00-07:00"));
		assertThat(times.instant()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
		assertThat(times.day()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(times.time()).isEqualTo(LocalTime.of(8, 30));
		assertThat(times.until()).isNull();
	}

	@Test
	void refusesAYearOutOfRangeNamingTheProperty() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"at\": \"-999999999-01-01T00:00:00Z\"}", Times.class))
			.satisfies((ex) -> assertThat(ex.getPath().getFirst().getPropertyName()).isEqualTo("at"))
			.havingRootCause()
			.isInstanceOf(ClientTimes.OutOfRangeException.class);
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"day\": \"+10000-01-01\"}", Times.class))
			.satisfies((ex) -> assertThat(ex.getPath().getFirst().getPropertyName()).isEqualTo("day"));
	}

	@Test
	void refusesNumbersAndArraysForDatesAndTimes() {
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"at\": 1764583200}", Times.class));
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"instant\": 1764583200}", Times.class));
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"day\": [2026, 12, 1]}", Times.class));
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"until\": []}", Times.class));
		assertThatExceptionOfType(DatabindException.class)
			.isThrownBy(() -> this.json.readValue("{\"time\": 36000}", Times.class));
	}

	record Times(@Nullable OffsetDateTime at, @Nullable Instant instant, @Nullable LocalDate day,
			@Nullable LocalTime time, @Nullable LocalDate until) {
	}

}
