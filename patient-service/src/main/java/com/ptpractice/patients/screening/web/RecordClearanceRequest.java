package com.ptpractice.patients.screening.web;

import java.util.Set;

import com.ptpractice.patients.screening.Contraindication;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A therapist's clearance of flagged contraindications.
 *
 * @param contraindications the flagged contraindications cleared
 * @param note the clinical reasoning
 */
record RecordClearanceRequest(@NotEmpty Set<@NotNull Contraindication> contraindications,
		@NotBlank @Size(max = 2000) String note) {

}
