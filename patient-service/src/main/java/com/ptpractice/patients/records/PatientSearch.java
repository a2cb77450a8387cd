package com.ptpractice.patients.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.query.Criteria;

/**
 * What a front desk searches patients by: a name fragment and/or a birth date, a phone
 * number, or an email. Every criterion given must match; at least one is required.
 *
 * @param name a fragment of the name, at least two characters; each word must occur in
 * the first or the last name, ignoring case
 * @param birthDate the exact date of birth
 * @param phone a phone number in any form {@link PhoneNumbers} accepts
 * @param email the exact email address, ignoring case
 */
public record PatientSearch(@Nullable String name, @Nullable LocalDate birthDate, @Nullable String phone,
		@Nullable String email) {

	static final int MIN_NAME_LENGTH = 2;

	public PatientSearch {
		name = blankToNull(name);
		phone = blankToNull(phone);
		email = blankToNull(email);
	}

	/**
	 * The search as query criteria.
	 * @throws InvalidSearch when no criterion is given or one is malformed
	 */
	Criteria toCriteria() {
		if (this.name == null && this.birthDate == null && this.phone == null && this.email == null) {
			throw new InvalidSearch("name", "give a name, birthDate, phone or email to search by");
		}
		Criteria criteria = Criteria.empty();
		if (this.name != null) {
			criteria = criteria.and(nameCriteria(this.name));
		}
		if (this.birthDate != null) {
			criteria = criteria.and("birthDate").is(this.birthDate);
		}
		if (this.phone != null) {
			String e164 = PhoneNumbers.normalize(this.phone)
				.orElseThrow(() -> new InvalidSearch("phone", "must be a phone number, such as +1 303 555 0100"));
			criteria = criteria.and("phone").is(e164);
		}
		if (this.email != null) {
			criteria = criteria.and(Criteria.where("email").is(this.email).ignoreCase(true));
		}
		return criteria;
	}

	private static Criteria nameCriteria(String name) {
		if (name.length() < MIN_NAME_LENGTH) {
			throw new InvalidSearch("name", "must have at least " + MIN_NAME_LENGTH + " characters");
		}
		return Criteria.from(Arrays.stream(name.split("\\s+")).map(PatientSearch::wordInFirstOrLastName).toList());
	}

	private static Criteria wordInFirstOrLastName(String word) {
		String pattern = "%" + escapeLike(word.toLowerCase(Locale.ROOT)) + "%";
		return Criteria.where("firstName")
			.like(pattern)
			.ignoreCase(true)
			.or(Criteria.where("lastName").like(pattern).ignoreCase(true));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
