package com.ptpractice.patients.records;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "(303) 555-0100|+13035550100", "303.555.0100|+13035550100", "1 303 555 0100|+13035550100",
					"+1 303 555 0100|+13035550100", "+44 20 7946 0958|+442079460958",
					"  +4915112345678 |+4915112345678" })
	void normalizesToE164(String input, String e164) {
		assertThat(PhoneNumbers.normalize(input)).hasValue(e164);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "555-0100", "123 555 0100", "303 155 0100", "+0 303 555 0100", "+1234567",
			"+1234567890123456", "303-555-0100 ext 5", "call me", "++13035550100", "+1 (303) 555-01OO" })
	void rejectsWhatIsNoPhoneNumber(String input) {
		assertThat(PhoneNumbers.normalize(input)).isEmpty();
	}

}
