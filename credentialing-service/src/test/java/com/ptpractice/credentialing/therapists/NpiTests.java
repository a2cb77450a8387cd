package com.ptpractice.credentialing.therapists;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NpiTests {

	@ParameterizedTest
	@ValueSource(strings = { "1234567893", "1245319599", "1003000126" })
	void acceptsNpisWithTheirLuhnCheckDigitOverThe80840Prefix(String npi) {
		assertThat(Npi.Validator.isValidNpi(npi)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "1234567894", "123456789", "12345678930", "12345678a3", "", "1234 67893" })
	void refusesAWrongCheckDigitLengthOrCharacters(String npi) {
		assertThat(Npi.Validator.isValidNpi(npi)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789", "124531959", "100300012" })
	void computesTheCheckDigitThatCompletesNineDigits(String firstNine) {
		assertThat(Npi.Validator.isValidNpi(firstNine + Npi.Validator.checkDigitFor(firstNine))).isTrue();
	}

}
