package com.ptpractice.needling;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingWindowTests {

	// 2026-12-02 09:00 in Denver
	private static final Instant NOW = Instant.parse("2026-12-02T16:00:00Z");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	@Test
	void acceptsEarlierTheSameClinicDayAndLaterTimes() {
		assertThat(BookingWindow.problem(Instant.parse("2026-12-02T07:00:00Z"), DENVER, NOW)).isEmpty();
		assertThat(BookingWindow.problem(Instant.parse("2026-12-09T17:00:00Z"), DENVER, NOW)).isEmpty();
	}

	@Test
	void refusesTheClinicsYesterdayEvenWhenItIsTodayInUtc() {
		// 2026-12-01 23:30 in Denver is 2026-12-02 in UTC
		assertThat(BookingWindow.problem(Instant.parse("2026-12-02T06:30:00Z"), DENVER, NOW))
			.contains("must not be before today at the clinic");
	}

	@Test
	void refusesMoreThanTwoYearsAhead() {
		assertThat(BookingWindow.problem(Instant.parse("2028-12-02T16:00:00Z"), DENVER, NOW)).isEmpty();
		assertThat(BookingWindow.problem(Instant.parse("2028-12-02T16:15:00Z"), DENVER, NOW))
			.contains("must be at most 2 years ahead");
	}

	@Test
	void refusesTheExtremesWithoutAZone() {
		assertThat(BookingWindow.coarseProblem(Instant.parse("-999999999-01-01T00:00:00Z"), NOW))
			.contains("must not be before today at the clinic");
		assertThat(BookingWindow.coarseProblem(Instant.parse("+999999999-12-31T23:59:59Z"), NOW))
			.contains("must be at most 2 years ahead");
		assertThat(BookingWindow.problem(Instant.parse("+999999999-12-31T23:59:59Z"), DENVER, NOW))
			.contains("must be at most 2 years ahead");
	}

	@Test
	void theCoarseCheckNeverRefusesWhatTheClinicsZoneAllows() {
		ZoneId[] zones = { ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Etc/GMT+12"), DENVER, ZoneId.of("UTC") };
		for (ZoneId zone : zones) {
			Instant startOfToday = NOW.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
			Instant lastAllowed = NOW.atZone(zone).plusYears(2).toInstant();
			assertThat(BookingWindow.coarseProblem(startOfToday, NOW)).as(zone.getId()).isEmpty();
			assertThat(BookingWindow.coarseProblem(lastAllowed, NOW)).as(zone.getId()).isEmpty();
			assertThat(BookingWindow.problem(startOfToday, zone, NOW)).as(zone.getId()).isEmpty();
			assertThat(BookingWindow.problem(startOfToday.minusSeconds(1), zone, NOW)).as(zone.getId()).isPresent();
		}
	}

}
