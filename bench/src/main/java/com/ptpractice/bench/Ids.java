package com.ptpractice.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The seed's ids: {@code md5('bench-<kind>-<n>')::uuid} in PostgreSQL, the same here, so
 * the harness knows the patients without reading the patient database.
 */
final class Ids {

	/** Patients 1-2,000 book needling visits (each has a past initial evaluation). */
	static final int NEEDLING_PATIENTS = 2000;

	/** Patients 2,001-3,000 book follow-ups. */
	static final int FOLLOW_UP_PATIENTS = 1000;

	private Ids() {
	}

	static UUID patient(int n) {
		return of("patient", n);
	}

	static UUID of(String kind, int n) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest(("bench-" + kind + "-" + n).getBytes(StandardCharsets.UTF_8));
			String hex = HexFormat.of().formatHex(digest);
			return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
					+ hex.substring(16, 20) + "-" + hex.substring(20));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is part of every JDK", ex);
		}
	}

}
