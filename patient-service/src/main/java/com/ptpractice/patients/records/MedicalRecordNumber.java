package com.ptpractice.patients.records;

/**
 * A patient's medical record number, such as {@code P0100001-7}: {@code P}, seven digits
 * from a database sequence, and a Luhn check digit that catches a mistyped digit or two
 * swapped neighbours when a front desk reads one out over the phone.
 */
public final class MedicalRecordNumber {

	private static final int DIGITS = 7;

	private MedicalRecordNumber() {
	}

	/** The record number for the sequence's next value. */
	public static String fromSequence(long number) {
		if (number < 1 || number >= 10_000_000L) {
			throw new IllegalArgumentException("Record number sequence out of range: " + number);
		}
		String digits = String.format("%0" + DIGITS + "d", number);
		return "P" + digits + "-" + luhnCheckDigit(digits);
	}

	/** Whether the text has the shape of a record number and its check digit matches. */
	public static boolean isValid(String mrn) {
		if (!mrn.matches("P[0-9]{" + DIGITS + "}-[0-9]")) {
			return false;
		}
		return luhnCheckDigit(mrn.substring(1, DIGITS + 1)) == mrn.charAt(DIGITS + 2) - '0';
	}

	static int luhnCheckDigit(String digits) {
		int sum = 0;
		boolean doubled = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return (10 - (sum % 10)) % 10;
	}

}
