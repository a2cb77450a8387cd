package com.ptpractice.credentialing.eligibility.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.credentialing.eligibility.AppointmentTime;
import com.ptpractice.credentialing.staterules.StateCode;
import com.ptpractice.needling.DecisionBatch;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Many therapists, one state, and one appointment time ({@code at}) or several
 * ({@code ats}, such as the noon of each day a search covers).
 *
 * @param state two-letter code of the clinic's state
 * @param at the appointment's start, an ISO-8601 instant with offset; or {@code ats}
 * @param ats several such instants, at most {@link DecisionBatch#MAX_INSTANTS}; or
 * {@code at}
 * @param zone the clinic's IANA zone, which fixes the appointment's local date; optional
 * @param therapistIds the therapists to decide for; with the instants at most
 * {@link DecisionBatch#MAX_DECISIONS} decisions (therapists times instants)
 */
record BatchDecisionRequest(@NotBlank @StateCode @Nullable String state, @Nullable String at,
		@Size(max = DecisionBatch.MAX_INSTANTS) @Nullable List<@NotBlank String> ats,
		@Size(max = 64) @Nullable String zone,
		@NotEmpty @Size(max = DecisionBatch.MAX_DECISIONS) @Nullable List<@NotNull UUID> therapistIds) {

	List<UUID> distinctTherapistIds() {
		return (this.therapistIds != null) ? this.therapistIds.stream().distinct().toList() : List.of();
	}

	/** The instants asked about, each once, in the order asked. */
	List<AppointmentTime> times() {
		List<String> asked = asked();
		if (asked.size() * distinctTherapistIds().size() > DecisionBatch.MAX_DECISIONS) {
			throw new InvalidFieldException("therapistIds", "times the instants must be at most "
					+ DecisionBatch.MAX_DECISIONS + " decisions; split the batch");
		}
		String field = oneInstant() ? "at" : "ats";
		return asked.stream().map((text) -> parse(text, field)).distinct().toList();
	}

	private AppointmentTime parse(String text, String field) {
		try {
			return AppointmentTime.parse(text, this.zone);
		}
		catch (InvalidFieldException ex) {
			throw ex.field().equals("at") ? new InvalidFieldException(field, ex.getMessage()) : ex;
		}
	}

	private List<String> asked() {
		boolean several = this.ats != null && !this.ats.isEmpty();
		if (oneInstant() == several) {
			throw new InvalidFieldException("at",
					"give at (one instant) or ats (several instants): exactly one of the two");
		}
		return (this.at != null && oneInstant()) ? List.of(this.at) : List.copyOf(this.ats);
	}

	private boolean oneInstant() {
		return this.at != null && !this.at.isBlank();
	}

}
