package com.ptpractice.credentialing.credentials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A license, compact privilege, dry-needling certification or state endorsement a
 * therapist holds, with its status at the issuer and its verification. Changing the facts
 * of a credential that was verified or rejected sends it back to pending: a verification
 * vouches for the facts it saw.
 */
@Table("credential")
public class Credential {

	@Id
	private final UUID id;

	private final UUID therapistId;

	private final CredentialKind kind;

	private @Nullable Jurisdiction state;

	private @Nullable String number;

	private @Nullable String issuer;

	private @Nullable Integer trainingHours;

	private @Nullable Integer supervisedSessions;

	private LocalDate issuedOn;

	private @Nullable LocalDate expiresOn;

	private CredentialStatus status;

	private VerificationStatus verification;

	private @Nullable String verifiedBy;

	private @Nullable Instant verifiedAt;

	private @Nullable String primarySource;

	private @Nullable String verificationNote;

	@Version
	private int version;

	@PersistenceCreator
	Credential(UUID id, UUID therapistId, CredentialKind kind, @Nullable Jurisdiction state, @Nullable String number,
			@Nullable String issuer, @Nullable Integer trainingHours, @Nullable Integer supervisedSessions,
			LocalDate issuedOn, @Nullable LocalDate expiresOn, CredentialStatus status, VerificationStatus verification,
			@Nullable String verifiedBy, @Nullable Instant verifiedAt, @Nullable String primarySource,
			@Nullable String verificationNote, int version) {
		this.id = id;
		this.therapistId = therapistId;
		this.kind = kind;
		this.state = state;
		this.number = number;
		this.issuer = issuer;
		this.trainingHours = trainingHours;
		this.supervisedSessions = supervisedSessions;
		this.issuedOn = issuedOn;
		this.expiresOn = expiresOn;
		this.status = status;
		this.verification = verification;
		this.verifiedBy = verifiedBy;
		this.verifiedAt = verifiedAt;
		this.primarySource = primarySource;
		this.verificationNote = verificationNote;
		this.version = version;
	}

	/** A new, active credential awaiting verification. */
	public static Credential record(UUID therapistId, CredentialKind kind, CredentialFacts facts) {
		Credential credential = new Credential(UUID.randomUUID(), therapistId, kind, null, null, null, null, null,
				facts.issuedOn(), null, CredentialStatus.ACTIVE, VerificationStatus.PENDING, null, null, null, null, 0);
		credential.apply(facts);
		return credential;
	}

	/**
	 * Replaces the facts and the status, if the caller saw the current version. New
	 * facts, or reactivating a suspended or revoked credential, send a verified or
	 * rejected credential back to pending: the reinstatement must be checked with the
	 * primary source like a new credential.
	 */
	public void revise(CredentialFacts facts, CredentialStatus status, int expectedVersion) {
		checkVersion(expectedVersion);
		boolean newFacts = !facts().equals(normalized(facts));
		boolean reactivated = this.status != CredentialStatus.ACTIVE && status == CredentialStatus.ACTIVE;
		if (newFacts) {
			apply(facts);
		}
		if (newFacts || reactivated) {
			this.verification = VerificationStatus.PENDING;
			this.verifiedBy = null;
			this.verifiedAt = null;
			this.primarySource = null;
			this.verificationNote = null;
		}
		this.status = status;
	}

	/** Confirms the facts with the primary source. Only a pending credential. */
	public void verify(String by, Instant at, String source, @Nullable String note, int expectedVersion) {
		decide(VerificationStatus.VERIFIED, by, at, source, note, expectedVersion);
	}

	/** Records that the primary source did not confirm the facts. Only a pending one. */
	public void reject(String by, Instant at, String source, @Nullable String note, int expectedVersion) {
		decide(VerificationStatus.REJECTED, by, at, source, note, expectedVersion);
	}

	private void decide(VerificationStatus outcome, String by, Instant at, String source, @Nullable String note,
			int expectedVersion) {
		checkVersion(expectedVersion);
		if (this.verification != VerificationStatus.PENDING) {
			throw new ConflictException("verification-already-decided", "Verification already decided",
					"This credential is already " + this.verification.name().toLowerCase(Locale.ROOT)
							+ ". Change its facts to send it back to pending before deciding again.");
		}
		this.verification = outcome;
		this.verifiedBy = by;
		this.verifiedAt = at;
		this.primarySource = source;
		this.verificationNote = note;
	}

	private void apply(CredentialFacts facts) {
		CredentialFacts fitting = normalized(facts);
		fitting.checkFitFor(this.kind);
		this.state = fitting.state();
		this.number = fitting.number();
		this.issuer = fitting.issuer();
		this.trainingHours = fitting.trainingHours();
		this.supervisedSessions = fitting.supervisedSessions();
		this.issuedOn = fitting.issuedOn();
		this.expiresOn = fitting.expiresOn();
	}

	/** Training counts belong to certifications only. */
	private CredentialFacts normalized(CredentialFacts facts) {
		if (this.kind == CredentialKind.DRY_NEEDLING_CERTIFICATION) {
			return facts;
		}
		return new CredentialFacts(facts.state(), facts.number(), facts.issuer(), null, null, facts.issuedOn(),
				facts.expiresOn());
	}

	private void checkVersion(int expectedVersion) {
		if (expectedVersion != this.version) {
			throw new OptimisticLockingFailureException("Credential " + this.id + " version is stale");
		}
	}

	/** Whether it is verified and active with the issuer. */
	public boolean isInGoodStanding() {
		return isVerified() && this.status == CredentialStatus.ACTIVE;
	}

	public boolean isVerified() {
		return this.verification == VerificationStatus.VERIFIED;
	}

	/** Whether it counts in that state: its own, or anywhere for a national one. */
	public boolean appliesIn(Jurisdiction jurisdiction) {
		return this.state == null || this.state == jurisdiction;
	}

	public CredentialFacts facts() {
		return new CredentialFacts(this.state, this.number, this.issuer, this.trainingHours, this.supervisedSessions,
				this.issuedOn, this.expiresOn);
	}

	public UUID id() {
		return this.id;
	}

	public UUID therapistId() {
		return this.therapistId;
	}

	public CredentialKind kind() {
		return this.kind;
	}

	public @Nullable Jurisdiction state() {
		return this.state;
	}

	public LocalDate issuedOn() {
		return this.issuedOn;
	}

	public @Nullable LocalDate expiresOn() {
		return this.expiresOn;
	}

	public CredentialStatus status() {
		return this.status;
	}

	public VerificationStatus verification() {
		return this.verification;
	}

	public @Nullable String verifiedBy() {
		return this.verifiedBy;
	}

	public @Nullable Instant verifiedAt() {
		return this.verifiedAt;
	}

	public @Nullable String primarySource() {
		return this.primarySource;
	}

	public @Nullable String verificationNote() {
		return this.verificationNote;
	}

	public int version() {
		return this.version;
	}

	Map<String, @Nullable Object> auditView() {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("therapistId", this.therapistId);
		view.put("kind", this.kind);
		view.put("state", this.state);
		view.put("number", this.number);
		view.put("issuer", this.issuer);
		view.put("trainingHours", this.trainingHours);
		view.put("supervisedSessions", this.supervisedSessions);
		view.put("issuedOn", this.issuedOn);
		view.put("expiresOn", this.expiresOn);
		view.put("status", this.status);
		view.put("verification", this.verification);
		view.put("verifiedBy", this.verifiedBy);
		view.put("verifiedAt", this.verifiedAt);
		view.put("primarySource", this.primarySource);
		view.put("verificationNote", this.verificationNote);
		view.put("version", this.version);
		return view;
	}

}
