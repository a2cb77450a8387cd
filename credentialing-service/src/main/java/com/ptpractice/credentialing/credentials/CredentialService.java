package com.ptpractice.credentialing.credentials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.credentialing.audit.AuditSubject;
import com.ptpractice.credentialing.audit.AuditTrail;
import com.ptpractice.credentialing.shared.Actors;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.therapists.TherapistRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records therapists' credentials, revises them and records their verification. Every
 * change is audited; a credential is always reached through its therapist, so an id of
 * another therapist's credential is a 404.
 */
@Service
@Transactional(readOnly = true)
public class CredentialService {

	private static final Logger log = LoggerFactory.getLogger(CredentialService.class);

	private final Credentials credentials;

	private final TherapistRegistry therapists;

	private final AuditTrail audit;

	private final Clock clock;

	CredentialService(Credentials credentials, TherapistRegistry therapists, AuditTrail audit, Clock clock) {
		this.credentials = credentials;
		this.therapists = therapists;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Credential add(UUID therapistId, CredentialKind kind, CredentialFacts facts) {
		this.therapists.find(therapistId);
		Credential saved = this.credentials.save(Credential.record(therapistId, kind, facts));
		this.audit.record(AuditSubject.CREDENTIAL, saved.id(), "CREATED", null, saved.auditView());
		log.info("Credential {} ({}) added to therapist {}", saved.id(), kind, therapistId);
		return saved;
	}

	/** Replaces facts and status; new facts send the credential back to pending. */
	@Transactional
	public Credential revise(UUID therapistId, UUID credentialId, CredentialFacts facts, CredentialStatus status,
			int expectedVersion) {
		Credential credential = find(therapistId, credentialId);
		var before = credential.auditView();
		credential.revise(facts, status, expectedVersion);
		return saveAudited(credential, "UPDATED", before);
	}

	/** Records a verification decision on a pending credential. */
	@Transactional
	public Credential decide(UUID therapistId, UUID credentialId, VerificationStatus outcome, String primarySource,
			@Nullable String note, int expectedVersion) {
		Credential credential = find(therapistId, credentialId);
		var before = credential.auditView();
		if (outcome == VerificationStatus.VERIFIED) {
			credential.verify(Actors.current(), this.clock.instant(), primarySource, note, expectedVersion);
		}
		else if (outcome == VerificationStatus.REJECTED) {
			credential.reject(Actors.current(), this.clock.instant(), primarySource, note, expectedVersion);
		}
		else {
			throw new IllegalArgumentException("A verification decides VERIFIED or REJECTED, not " + outcome);
		}
		return saveAudited(credential, outcome.name(), before);
	}

	/** The therapist's credentials; 404 for an unknown therapist. */
	public List<Credential> ofTherapist(UUID therapistId) {
		this.therapists.find(therapistId);
		return this.credentials.findByTherapistIdOrderByKindAscIssuedOnAsc(therapistId);
	}

	public Credential find(UUID therapistId, UUID credentialId) {
		return this.credentials.findById(credentialId)
			.filter((credential) -> credential.therapistId().equals(therapistId))
			.orElseThrow(() -> new NotFoundException("credential of this therapist", credentialId));
	}

	/**
	 * Every credential of these therapists, in one query (in the caller's transaction, if
	 * any).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Credential> ofTherapists(Collection<UUID> therapistIds) {
		return therapistIds.isEmpty() ? List.of() : this.credentials.findByTherapistIdIn(therapistIds);
	}

	/** The ids of the therapists holding any credential bound to that state. */
	public Set<UUID> holdersIn(Jurisdiction state) {
		return this.credentials.findByState(state)
			.stream()
			.map(Credential::therapistId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Every credential whose last valid day is on or before that day. */
	public List<Credential> expiringOnOrBefore(LocalDate day) {
		return this.credentials.findByExpiresOnLessThanEqual(day);
	}

	private Credential saveAudited(Credential credential, String action, Object before) {
		Credential saved = this.credentials.save(credential);
		this.audit.record(AuditSubject.CREDENTIAL, saved.id(), action, before, saved.auditView());
		log.info("Credential {} of therapist {}: {}", saved.id(), saved.therapistId(), action);
		return saved;
	}

}
