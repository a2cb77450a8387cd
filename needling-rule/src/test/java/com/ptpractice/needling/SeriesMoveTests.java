package com.ptpractice.needling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import com.ptpractice.needling.Recurrence.Occurrence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesMoveTests {

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final LocalDate FROM = LocalDate.of(2027, 3, 8);

	@Test
	void thursdaysMoveToTheFridayOfTheSameWeekKeepingTheLocalTimeAcrossSpringForward() {
		SeriesMove move = new SeriesMove(FROM, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, null, null);

		// Thu 11 March 07:30 MST -> Fri 12 March 07:30 MST; Thu 18 March -> Fri 19 March
		// MDT
		assertThat(move.placed(LocalDateTime.of(2027, 3, 11, 7, 30), DENVER).startsAt())
			.isEqualTo(Instant.parse("2027-03-12T14:30:00Z"));
		assertThat(move.placed(LocalDateTime.of(2027, 3, 18, 7, 30), DENVER).startsAt())
			.isEqualTo(Instant.parse("2027-03-19T13:30:00Z"));
	}

	@Test
	void aWeekdayLaterInTheWeekMovesBackWithinThatWeek() {
		SeriesMove move = new SeriesMove(FROM, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, LocalTime.of(8, 15), null);

		assertThat(move.target(LocalDateTime.of(2027, 3, 14, 10, 0))).isEqualTo(LocalDateTime.of(2027, 3, 8, 8, 15));
	}

	@Test
	void aNewStartTimeAloneKeepsTheDate() {
		SeriesMove move = new SeriesMove(FROM, null, null, LocalTime.of(16, 45), null);

		assertThat(move.target(LocalDateTime.of(2027, 4, 1, 7, 30))).isEqualTo(LocalDateTime.of(2027, 4, 1, 16, 45));
	}

	@Test
	void aTimeTheClocksSkipHasNoInstant() {
		Occurrence skipped = new SeriesMove(FROM, null, null, LocalTime.of(2, 30), null)
			.placed(LocalDateTime.of(2027, 3, 14, 9, 0), DENVER);

		assertThat(skipped.startsAt()).isNull();
		assertThat(skipped.localStart()).isEqualTo(LocalDateTime.of(2027, 3, 14, 2, 30));
	}

	@Test
	void movesOnlyVisitsFromTheDateOnAndOnTheWeekdayGiven() {
		SeriesMove thursdays = new SeriesMove(FROM, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, null, null);
		SeriesMove all = new SeriesMove(FROM, null, null, LocalTime.of(9, 0), null);

		assertThat(thursdays.moves(LocalDateTime.of(2027, 3, 11, 7, 30))).isTrue();
		assertThat(thursdays.moves(LocalDateTime.of(2027, 3, 9, 7, 30))).isFalse();
		assertThat(thursdays.moves(LocalDateTime.of(2027, 3, 4, 7, 30))).isFalse();
		assertThat(all.moves(LocalDateTime.of(2027, 3, 8, 0, 0))).isTrue();
		assertThat(all.moves(LocalDateTime.of(2027, 3, 7, 23, 45))).isFalse();
	}

	@Test
	void theTherapistIsTheNewOneWhenGiven() {
		UUID own = UUID.randomUUID();
		UUID other = UUID.randomUUID();

		assertThat(new SeriesMove(FROM, null, null, null, other).therapistFor(own)).isEqualTo(other);
		assertThat(new SeriesMove(FROM, null, null, LocalTime.of(9, 0), null).therapistFor(own)).isEqualTo(own);
	}

	@Test
	void namesTheFieldOfEachProblem() {
		assertThat(new SeriesMove(FROM, null, null, null, null).problem())
			.hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("toWeekday"));
		assertThat(new SeriesMove(FROM, null, DayOfWeek.FRIDAY, null, null).problem())
			.hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("weekday"));
		assertThat(new SeriesMove(FROM, null, null, LocalTime.of(7, 20), null).problem())
			.hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("startTime"));
		assertThat(new SeriesMove(FROM, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, LocalTime.of(7, 45), null).problem())
			.isEmpty();
	}

}
