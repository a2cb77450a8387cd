package com.ptpractice.patients.screening.web;

import com.ptpractice.patients.screening.Contraindication;
import com.ptpractice.patients.screening.ScreeningAnswer;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one contraindication question.
 *
 * @param contraindication the contraindication's code
 * @param label how people name it
 * @param present whether the patient has it
 * @param detail what was added
 */
record AnswerResponse(Contraindication contraindication, String label, boolean present, @Nullable String detail) {

	static AnswerResponse of(ScreeningAnswer answer) {
		return new AnswerResponse(answer.contraindication(), answer.contraindication().label(), answer.present(),
				answer.detail());
	}

}
