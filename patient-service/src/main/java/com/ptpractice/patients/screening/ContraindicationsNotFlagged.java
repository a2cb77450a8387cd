package com.ptpractice.patients.screening;

import java.util.Set;

/**
 * A clearance named contraindications the screening did not flag.
 */
public class ContraindicationsNotFlagged extends RuntimeException {

	ContraindicationsNotFlagged(Set<Contraindication> notFlagged) {
		super("not flagged by this screening: "
				+ String.join(", ", notFlagged.stream().sorted().map(Contraindication::name).toList()));
	}

}
