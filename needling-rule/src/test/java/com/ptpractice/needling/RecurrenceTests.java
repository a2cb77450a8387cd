package com.ptpractice.needling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.ptpractice.needling.Recurrence.Occurrence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceTests {

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	@Test
	void keepsTheLocalTimeAcrossSpringForward() {
		// Tuesdays and Thursdays from Tue 2027-03-09; DST begins Sun 2027-03-14
		List<Occurrence> visits = new Recurrence(LocalDate.of(2027, 3, 9),
				Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(7, 30), 4, null)
			.occurrences(DENVER);
		assertThat(visits).extracting(Occurrence::startsAt)
			.containsExactly(Instant.parse("2027-03-09T14:30:00Z"), Instant.parse("2027-03-11T14:30:00Z"),
					Instant.parse("2027-03-16T13:30:00Z"), Instant.parse("2027-03-18T13:30:00Z"));
	}

	@Test
	void aSkippedLocalTimeHasNoInstantAndARepeatedOneTakesTheEarlier() {
		Occurrence skipped = new Recurrence(LocalDate.of(2027, 3, 14), Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), 1,
				null)
			.occurrences(DENVER)
			.get(0);
		assertThat(skipped.startsAt()).isNull();
		Occurrence repeated = new Recurrence(LocalDate.of(2027, 11, 7), Set.of(DayOfWeek.SUNDAY), LocalTime.of(1, 30),
				1, null)
			.occurrences(DENVER)
			.get(0);
		// 01:30 MDT (-06:00) comes first, 01:30 MST (-07:00) an hour later
		assertThat(repeated.startsAt()).isEqualTo(Instant.parse("2027-11-07T07:30:00Z"));
		assertThat(repeated.ambiguous()).isTrue();
	}

	@Test
	void endsOnTheUntilDateAndRefusesTooManyVisits() {
		Recurrence weekly = new Recurrence(LocalDate.of(2027, 1, 4), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), null,
				LocalDate.of(2027, 1, 25));
		assertThat(weekly.problem()).isEmpty();
		assertThat(weekly.occurrences(DENVER)).hasSize(4);
		Recurrence daily = new Recurrence(LocalDate.of(2027, 1, 4), Set.of(DayOfWeek.values()), LocalTime.of(9, 0),
				null, LocalDate.of(2027, 6, 1));
		assertThat(daily.problem()).hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("until"));
		Recurrence both = new Recurrence(LocalDate.of(2027, 1, 4), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), 2,
				LocalDate.of(2027, 1, 25));
		assertThat(both.occurrences(DENVER)).hasSize(2);
		assertThat(new Recurrence(LocalDate.of(2027, 1, 4), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), null, null)
			.problem()).hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("count"));
		assertThat(new Recurrence(LocalDate.of(2027, 1, 4), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), 53, null)
			.problem()).hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("count"));
		assertThat(new Recurrence(LocalDate.of(2027, 1, 4), Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 10), 3, null)
			.problem()).hasValueSatisfying((problem) -> assertThat(problem[0]).isEqualTo("startTime"));
	}

}
