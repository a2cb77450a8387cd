package com.ptpractice.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ClientTimesTests {

	@Test
	void acceptsTheFourDigitYears() {
		assertThat(ClientTimes.inRange(LocalDate.parse("0001-01-01"))).isTrue();
		assertThat(ClientTimes.inRange(LocalDate.parse("9999-12-31"))).isTrue();
		assertThat(ClientTimes.inRange(Instant.parse("0001-01-01T00:00:00Z"))).isTrue();
		assertThat(ClientTimes.inRange(OffsetDateTime.parse("9999-12-31T23:59:59.999999999Z"))).isTrue();
		assertThat(ClientTimes.inRange(LocalDateTime.parse("2026-12-01T10:00:00"))).isTrue();
	}

	@Test
	void refusesYearZeroYearTenThousandAndTheExtremesJavaReads() {
		assertThat(ClientTimes.inRange(LocalDate.parse("0000-12-31"))).isFalse();
		assertThat(ClientTimes.inRange(LocalDate.parse("+10000-01-01"))).isFalse();
		assertThat(ClientTimes.inRange(LocalDate.MIN)).isFalse();
		assertThat(ClientTimes.inRange(LocalDate.MAX)).isFalse();
		assertThat(ClientTimes.inRange(OffsetDateTime.parse("-999999999-01-01T00:00:00+18:00"))).isFalse();
		assertThat(ClientTimes.inRange(OffsetDateTime.parse("+999999999-12-31T23:59:59Z"))).isFalse();
		assertThat(ClientTimes.inRange(Instant.MIN)).isFalse();
		assertThat(ClientTimes.inRange(ZonedDateTime.parse("+10000-01-01T00:00:00Z[UTC]"))).isFalse();
		assertThat(ClientTimes.inRange(LocalDateTime.MAX)).isFalse();
	}

	@Test
	void anInstantMustLieInRangeBothWhereItWasWrittenAndInUtc() {
		// the last day of 9999 at -18:00 is already the year 10000 in UTC
		assertThat(ClientTimes.inRange(OffsetDateTime.parse("9999-12-31T23:00:00-18:00"))).isFalse();
		// the first hour of the year 1 at +18:00 is still the year 0 in UTC
		assertThat(ClientTimes.inRange(OffsetDateTime.parse("0001-01-01T00:00:00+18:00"))).isFalse();
	}

	@Test
	void valuesThatAreNotDatesAreInRange() {
		assertThat(ClientTimes.inRange(LocalTime.MAX)).isTrue();
		assertThat(ClientTimes.inRange("text")).isTrue();
	}

	@Test
	void aFieldOutOfRangeIsNamed() {
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> ClientTimes.requireInRange("at", LocalDate.MAX))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("at"))
			.withMessage("must lie between the years 0001 and 9999");
	}

}
