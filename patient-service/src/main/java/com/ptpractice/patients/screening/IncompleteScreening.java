package com.ptpractice.patients.screening;

import java.util.Set;

/**
 * A screening must answer every contraindication exactly once.
 */
public class IncompleteScreening extends RuntimeException {

	IncompleteScreening(Set<Contraindication> missing, Set<Contraindication> repeated) {
		super(describe(missing, repeated));
	}

	private static String describe(Set<Contraindication> missing, Set<Contraindication> repeated) {
		StringBuilder message = new StringBuilder("must answer every contraindication exactly once");
		if (!missing.isEmpty()) {
			message.append("; missing: ").append(codes(missing));
		}
		if (!repeated.isEmpty()) {
			message.append("; answered more than once: ").append(codes(repeated));
		}
		return message.toString();
	}

	private static String codes(Set<Contraindication> contraindications) {
		return String.join(", ", contraindications.stream().sorted().map(Contraindication::name).toList());
	}

}
