package com.ptpractice.patients.records;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MedicalRecordNumberTests {

	@Test
	void formatsTheSequenceValueWithALuhnCheckDigit() {
		// Luhn over 0100001: 1*2 + 1 = 3 (doubling from the right), check digit 7
		assertThat(MedicalRecordNumber.fromSequence(100_001)).isEqualTo("P0100001-7");
		assertThat(MedicalRecordNumber.fromSequence(7_992_739)).isEqualTo("P7992739-8");
	}

	@Test
	void everyGeneratedNumberIsValid() {
		for (long number = 100_001; number < 101_001; number++) {
			assertThat(MedicalRecordNumber.isValid(MedicalRecordNumber.fromSequence(number))).isTrue();
		}
	}

	@Test
	void aMistypedDigitOrSwappedNeighboursAreCaught() {
		assertThat(MedicalRecordNumber.isValid("P0100001-7")).isTrue();
		assertThat(MedicalRecordNumber.isValid("P0100002-7")).isFalse();
		assertThat(MedicalRecordNumber.isValid("P0100010-7")).isFalse();
		assertThat(MedicalRecordNumber.isValid("0100001-7")).isFalse();
	}

	@Test
	void refusesNumbersOutsideSevenDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> MedicalRecordNumber.fromSequence(10_000_000L));
		assertThatIllegalArgumentException().isThrownBy(() -> MedicalRecordNumber.fromSequence(0));
	}

}
