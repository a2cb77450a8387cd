package com.ptpractice.scheduling.series;

import java.util.List;

/**
 * All or nothing, and at least one occurrence could not be booked: nothing was stored. A
 * 422 listing every occurrence's outcome.
 */
public class SeriesNotBooked extends RuntimeException {

	private final transient List<Outcome> outcomes;

	private final String zoneId;

	SeriesNotBooked(List<Outcome> outcomes, String zoneId) {
		super("Series not booked: " + outcomes.stream().filter((outcome) -> !outcome.booked()).count()
				+ " occurrence(s) refused");
		this.outcomes = outcomes;
		this.zoneId = zoneId;
	}

	public List<Outcome> outcomes() {
		return this.outcomes;
	}

	public String zoneId() {
		return this.zoneId;
	}

}
