package com.ptpractice.patients.screening.web;

import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.ScreeningAnswer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one contraindication question.
 *
 * @param contraindication the contraindication's code
 * @param present whether the patient has it
 * @param detail anything the therapist adds (optional)
 */
record AnswerRequest(@NotNull Contraindication contraindication, @NotNull Boolean present,
		@Size(max = 1000) @Nullable String detail) {

	ScreeningAnswer toAnswer() {
		return new ScreeningAnswer(this.contraindication, this.present, this.detail);
	}

}
