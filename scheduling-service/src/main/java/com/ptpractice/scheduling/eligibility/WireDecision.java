package com.ptpractice.scheduling.eligibility;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A decision as it arrives over the wire, before it is trusted: anything missing or
 * malformed makes it garbage, and garbage fails closed.
 */
record WireDecision(@Nullable UUID therapistId, @Nullable Boolean eligible, @Nullable List<WireReason> reasons,
		@Nullable String ruleVersion, @Nullable String evaluatedAt) {

	/** The decision, or null when the answer is not a usable decision. */
	@Nullable Decision toDecision() {
		if (this.eligible == null || (!this.eligible && (this.reasons == null || this.reasons.isEmpty()))) {
			return null;
		}
		List<WireReason> given = (this.reasons != null) ? this.reasons : List.of();
		if (given.stream().anyMatch((reason) -> reason == null || reason.code() == null)) {
			return null;
		}
		List<Reason> checked = given.stream()
			.map((reason) -> new Reason(Objects.requireNonNull(reason.code()),
					(reason.message() != null) ? reason.message() : reason.code()))
			.toList();
		return new Decision(this.eligible, checked, (this.ruleVersion != null) ? this.ruleVersion : "unknown",
				instantOrEpoch(this.evaluatedAt));
	}

	private static Instant instantOrEpoch(@Nullable String value) {
		try {
			return (value != null) ? Instant.parse(value) : Instant.EPOCH;
		}
		catch (DateTimeParseException ex) {
			return Instant.EPOCH;
		}
	}

	record WireReason(@Nullable String code, @Nullable String message) {
	}

	record WireBatch(@Nullable List<WireDecision> decisions) {
	}

}
