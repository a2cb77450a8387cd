package com.ptpractice.patients.screening.web;

import java.util.Set;

import com.ptpractice.patients.screening.Contraindication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The correction of a clearance recorded with a mistake: what it should have cleared.
 *
 * @param contraindications the flagged contraindications it should have cleared; empty
 * withdraws the clearance
 * @param note the clinical reasoning, and why the clearance is corrected
 */
record CorrectClearanceRequest(@NotNull Set<@NotNull Contraindication> contraindications,
		@NotBlank @Size(max = 2000) String note) {

}
