package com.ptpractice.credentialing.eligibility.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.staterules.StateCode;
import com.ptpractice.needling.DecisionBatch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Many therapists, one state and one appointment time.
 *
 * @param state two-letter code of the clinic's state
 * @param at the appointment's start, an ISO-8601 instant with offset
 * @param zone the clinic's IANA zone, which fixes the appointment's local date; optional
 * @param therapistIds the therapists to decide for, at most
 * {@link DecisionBatch#MAX_THERAPISTS}
 */
record BatchDecisionRequest(@NotBlank @StateCode @Nullable String state, @NotBlank @Nullable String at,
		@Size(max = 64) @Nullable String zone,
		@NotEmpty @Size(max = DecisionBatch.MAX_THERAPISTS) @Nullable List<@NotNull UUID> therapistIds) {

	List<UUID> distinctTherapistIds() {
		return (this.therapistIds != null) ? this.therapistIds.stream().distinct().toList() : List.of();
	}

}
