package com.ptpractice.patients.screening;

/**
 * The contraindications to dry needling a screening asks about. The names are stable
 * codes: the API and the database use them.
 */
public enum Contraindication {

	FIRST_TRIMESTER_PREGNANCY("First-trimester pregnancy"),

	BLEEDING_DISORDER_OR_ANTICOAGULANTS("Bleeding disorder or anticoagulants"),

	ACTIVE_CANCER_TREATMENT("Active cancer treatment"),

	INFECTION_AT_SITE("Infection at the site"),

	COMPROMISED_IMMUNITY("Compromised immunity"),

	SEVERE_NEEDLE_FEAR("Severe needle fear"),

	VASCULAR_CONCERNS("Vascular concerns");

	private final String label;

	Contraindication(String label) {
		this.label = label;
	}

	/** How people name it, starting with a capital. */
	public String label() {
		return this.label;
	}

}
