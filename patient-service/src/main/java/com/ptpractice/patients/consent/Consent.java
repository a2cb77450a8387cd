package com.ptpractice.patients.consent;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A patient's informed consent to dry needling: the form signed, when and by whom, who
 * witnessed it and, once revoked, when, by whom and why. A consent is never deleted; a
 * revoked one stays in the history.
 */
@Table("consent")
public class Consent {

	@Id
	private final UUID id;

	private final UUID patientId;

	private final String formVersion;

	private final Instant signedAt;

	private final Signer signer;

	private final @Nullable String guardianName;

	private final String witnessedBy;

	private final @Nullable String witnessName;

	private final @Nullable String documentReference;

	private final Instant recordedAt;

	private final String recordedBy;

	private @Nullable Instant revokedAt;

	private @Nullable String revokedBy;

	private @Nullable String revocationReason;

	@Version
	private int version;

	@PersistenceCreator
	Consent(UUID id, UUID patientId, String formVersion, Instant signedAt, Signer signer, @Nullable String guardianName,
			String witnessedBy, @Nullable String witnessName, @Nullable String documentReference, Instant recordedAt,
			String recordedBy, @Nullable Instant revokedAt, @Nullable String revokedBy,
			@Nullable String revocationReason, int version) {
		this.id = id;
		this.patientId = patientId;
		this.formVersion = formVersion;
		this.signedAt = signedAt;
		this.signer = signer;
		this.guardianName = guardianName;
		this.witnessedBy = witnessedBy;
		this.witnessName = witnessName;
		this.documentReference = documentReference;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.revokedAt = revokedAt;
		this.revokedBy = revokedBy;
		this.revocationReason = revocationReason;
		this.version = version;
	}

	/**
	 * A consent signed as the form says, recorded now.
	 * @throws InvalidConsent when it is signed after now, or the guardian's name is
	 * missing for a guardian's signature or given for the patient's own
	 */
	static Consent record(UUID patientId, ConsentForm form, String recordedBy, Instant now) {
		if (form.signedAt().isAfter(now)) {
			throw new InvalidConsent("signedAt", "must not be in the future");
		}
		if ((form.signer() == Signer.LEGAL_GUARDIAN) != (form.guardianName() != null)) {
			throw new InvalidConsent("guardianName", "is required when a legal guardian signs, and only then");
		}
		String witness = (form.witnessedBy() != null) ? form.witnessedBy() : recordedBy;
		return new Consent(UUID.randomUUID(), patientId, form.formVersion(), form.signedAt(), form.signer(),
				form.guardianName(), witness, form.witnessName(), form.documentReference(), now, recordedBy, null, null,
				null, 0);
	}

	/**
	 * Revokes the consent.
	 * @throws ConsentAlreadyRevoked when it was revoked before
	 */
	void revoke(String by, String reason, Instant at) {
		if (isRevoked()) {
			throw new ConsentAlreadyRevoked(this.id);
		}
		this.revokedAt = at;
		this.revokedBy = by;
		this.revocationReason = reason.strip();
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	ConsentSnapshot snapshot() {
		return new ConsentSnapshot(this.signedAt, this.revokedAt);
	}

	public UUID id() {
		return this.id;
	}

	public UUID patientId() {
		return this.patientId;
	}

	public String formVersion() {
		return this.formVersion;
	}

	public Instant signedAt() {
		return this.signedAt;
	}

	public Signer signer() {
		return this.signer;
	}

	public @Nullable String guardianName() {
		return this.guardianName;
	}

	public String witnessedBy() {
		return this.witnessedBy;
	}

	/** The witness's name as written on the form; null when only the login is known. */
	public @Nullable String witnessName() {
		return this.witnessName;
	}

	public @Nullable String documentReference() {
		return this.documentReference;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public @Nullable Instant revokedAt() {
		return this.revokedAt;
	}

	public @Nullable String revokedBy() {
		return this.revokedBy;
	}

	public @Nullable String revocationReason() {
		return this.revocationReason;
	}

	@Override
	public String toString() {
		return "Consent[id=" + this.id + "]";
	}

}
