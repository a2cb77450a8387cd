package com.ptpractice.patients.screening.web;

import java.util.List;

import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.ScreeningAnswer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new screening: one answer for each {@link Contraindication}, no more, no fewer.
 *
 * @param answers the answers
 */
record RecordScreeningRequest(@NotNull @Size(max = 20) List<@NotNull @Valid AnswerRequest> answers) {

	List<ScreeningAnswer> toAnswers() {
		return this.answers.stream().map(AnswerRequest::toAnswer).toList();
	}

}
