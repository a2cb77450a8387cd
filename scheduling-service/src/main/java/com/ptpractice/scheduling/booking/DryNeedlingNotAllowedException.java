package com.ptpractice.scheduling.booking;

import java.util.List;

import com.ptpractice.scheduling.eligibility.Reason;

/**
 * A needling visit that may not be booked, with every reason at once: a 422.
 */
public class DryNeedlingNotAllowedException extends RuntimeException {

	private final List<Reason> reasons;

	DryNeedlingNotAllowedException(List<Reason> reasons) {
		super("Dry needling not allowed: " + reasons.stream().map(Reason::code).toList());
		this.reasons = List.copyOf(reasons);
	}

	public List<Reason> reasons() {
		return this.reasons;
	}

}
