package com.ptpractice.credentialing.staterules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.ptpractice.common.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StateRuleHistoryTests {

	static final StateRule PROHIBITED = version(RuleStatus.PROHIBITED, "2026-01-01", null);

	static final StateRule PERMITTED = version(RuleStatus.PERMITTED, "2027-07-01", null);

	final StateRuleHistory oregon = new StateRuleHistory(Jurisdiction.OR, List.of(PERMITTED, PROHIBITED));

	@Test
	void theVersionInForceIsTheLatestThatHasTakenEffect() {
		assertThat(this.oregon.inForceOn(LocalDate.parse("2027-06-30"))).contains(PROHIBITED);
		assertThat(this.oregon.inForceOn(LocalDate.parse("2027-07-01"))).contains(PERMITTED);
		assertThat(this.oregon.inForceOn(LocalDate.parse("2025-12-31"))).isEmpty();
	}

	@Test
	void aVersionEndsWhenTheNextTakesEffect() {
		assertThat(this.oregon.endOf(PROHIBITED)).isEqualTo(LocalDate.parse("2027-07-01"));
		assertThat(this.oregon.endOf(PERMITTED)).isNull();
		assertThat(this.oregon.nextAfter(LocalDate.parse("2026-06-01"))).contains(PERMITTED);
		assertThat(this.oregon.latest()).contains(PERMITTED);
	}

	@Test
	void aVersionWithItsOwnEndIsNotInForceFromThatDay() {
		StateRule temporary = version(RuleStatus.PERMITTED, "2026-01-01", "2026-07-01");
		StateRuleHistory history = new StateRuleHistory(Jurisdiction.UT, List.of(temporary));

		assertThat(history.inForceOn(LocalDate.parse("2026-06-30"))).contains(temporary);
		assertThat(history.inForceOn(LocalDate.parse("2026-07-01"))).isEmpty();
	}

	@Test
	void termsRefuseAnEndNotAfterTheStartAndNegativeMinimums() {
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> version(RuleStatus.PERMITTED, "2026-01-01", "2026-01-01"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("effectiveUntil"));
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> new StateRuleTerms(RuleStatus.PERMITTED, LocalDate.parse("2026-01-01"), null, -1, null,
					null, false, false, "test", null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("minYearsLicensed"));
	}

	@Test
	void jurisdictionsAreTheFiftyStatesAndDc() {
		assertThat(Jurisdiction.values()).hasSize(51);
		assertThat(Jurisdiction.fromCode("dc")).contains(Jurisdiction.DC);
		assertThat(Jurisdiction.fromCode("PR")).isEmpty();
	}

	static StateRule version(RuleStatus status, String from, @Nullable String until) {
		return StateRule.version(
				Jurisdiction.OR, new StateRuleTerms(status, LocalDate.parse(from),
						(until != null) ? LocalDate.parse(until) : null, null, null, null, false, false, "test", null),
				"test", Instant.EPOCH);
	}

}
