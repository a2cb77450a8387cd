package com.ptpractice.needling;

import java.util.stream.Collectors;

/**
 * The words of the one refusal: a refused needling visit is an RFC 9457 problem of this
 * type and title, its detail the reasons' sentences, its {@code reasons} the decision's
 * reasons, whoever refuses it (the gateway's guard or the scheduling service).
 */
public final class Refusal {

	/** The problem type's slug. */
	public static final String TYPE = "dry-needling-not-allowed";

	public static final String TITLE = "Dry needling not allowed";

	private Refusal() {
	}

	/** Every reason's sentence, in the decision's order. */
	public static String detail(Decision decision) {
		return decision.reasons()
			.stream()
			.map(Reason::message)
			.collect(Collectors.joining(" ", "This dry-needling visit cannot be booked: ", ""));
	}

}
