package com.ptpractice.patients.screening.web;

import java.util.List;

import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.ScreeningAnswer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The correction of a screening recorded with a mistake: all its answers as they should
 * have been (one for each {@link Contraindication}) and why.
 *
 * @param answers the corrected answers
 * @param reason why the screening is corrected
 */
record CorrectScreeningRequest(@NotNull @Size(max = 20) List<@NotNull @Valid AnswerRequest> answers,
		@NotBlank @Size(max = 500) String reason) {

	List<ScreeningAnswer> toAnswers() {
		return this.answers.stream().map(AnswerRequest::toAnswer).toList();
	}

}
