package com.ptpractice.scheduling.clinics;

/**
 * A clinic's state or zone cannot change while visits are booked there: their needling
 * decisions and local times were taken in the old state and zone. A 409 carrying how many
 * visits are affected.
 */
public class ClinicHasFutureVisits extends RuntimeException {

	private final long affectedVisits;

	ClinicHasFutureVisits(long affectedVisits) {
		super(affectedVisits + " future visits at the clinic");
		this.affectedVisits = affectedVisits;
	}

	public long affectedVisits() {
		return this.affectedVisits;
	}

}
