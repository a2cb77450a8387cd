package com.ptpractice.patients.screening;

import java.util.List;

/**
 * A screening with the clearances recorded for it.
 *
 * @param screening the screening
 * @param clearances its clearances, oldest first
 */
public record ScreeningHistory(Screening screening, List<Clearance> clearances) {

	public ScreeningHistory {
		clearances = List.copyOf(clearances);
	}

}
