package com.ptpractice.patients.screening;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The answer to one contraindication question.
 *
 * @param contraindication what was asked
 * @param present whether the patient has it (a flag)
 * @param detail what the patient or therapist added
 */
@Table("screening_answer")
public record ScreeningAnswer(Contraindication contraindication, boolean present, @Nullable String detail) {

	public ScreeningAnswer {
		detail = (detail == null || detail.isBlank()) ? null : detail.strip();
	}

}
