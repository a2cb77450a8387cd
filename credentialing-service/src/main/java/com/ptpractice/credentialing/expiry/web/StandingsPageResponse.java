package com.ptpractice.credentialing.expiry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialKind;
import com.ptpractice.credentialing.credentials.CredentialStatus;
import com.ptpractice.credentialing.credentials.VerificationStatus;
import com.ptpractice.credentialing.expiry.Standings.StateStanding;
import com.ptpractice.credentialing.expiry.Standings.TherapistStanding;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.needling.Reason;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;

/**
 * One page of therapists with their standing per state.
 *
 * @param content the therapists on this page, by last name
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements therapists matching in all pages
 * @param totalPages number of pages
 * @param on the day decided for
 */
record StandingsPageResponse(List<TherapistStandingResponse> content, int page, int size, long totalElements,
		int totalPages, LocalDate on) {

	static StandingsPageResponse of(Page<TherapistStanding> page, LocalDate on) {
		return new StandingsPageResponse(page.getContent().stream().map(TherapistStandingResponse::of).toList(),
				page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages(), on);
	}

	/**
	 * A therapist with credentials and standings.
	 *
	 * @param id the therapist's id
	 * @param npi the NPI
	 * @param firstName first name
	 * @param lastName last name
	 * @param loginSubject the linked login, if any
	 * @param active whether the therapist works for the practice
	 * @param version for optimistic locking
	 * @param credentials every credential, in brief
	 * @param standings a decision per state the therapist holds a state-bound credential
	 * in
	 */
	record TherapistStandingResponse(UUID id, String npi, String firstName, String lastName,
			@Nullable String loginSubject, boolean active, int version, List<CredentialBrief> credentials,
			List<StateStandingResponse> standings) {

		static TherapistStandingResponse of(TherapistStanding standing) {
			Therapist t = standing.therapist();
			return new TherapistStandingResponse(t.id(), t.npi(), t.firstName(), t.lastName(), t.loginSubject(),
					t.isActive(), t.version(), standing.credentials().stream().map(CredentialBrief::of).toList(),
					standing.states().stream().map(StateStandingResponse::of).toList());
		}

	}

	/**
	 * What a badge needs of a credential.
	 *
	 * @param id the credential's id
	 * @param kind its kind
	 * @param state its state, if bound to one
	 * @param expiresOn its last valid day, if any
	 * @param status active, lapsed or revoked
	 * @param verification its verification status
	 */
	record CredentialBrief(UUID id, CredentialKind kind, @Nullable Jurisdiction state, @Nullable LocalDate expiresOn,
			CredentialStatus status, Verification verification) {

		static CredentialBrief of(Credential c) {
			return new CredentialBrief(c.id(), c.kind(), c.state(), c.expiresOn(), c.status(),
					new Verification(c.verification()));
		}

	}

	/**
	 * A credential's verification.
	 *
	 * @param status pending, verified or rejected
	 */
	record Verification(VerificationStatus status) {
	}

	/**
	 * The decision in one state.
	 *
	 * @param state the state
	 * @param eligible whether the therapist may dry-needle there that day
	 * @param reasons every reason against, in words with its citation
	 * @param ruleVersion the rule version applied
	 * @param lapsesOn the first day within 60 days eligibility lapses, if it does
	 */
	record StateStandingResponse(Jurisdiction state, boolean eligible, List<Reason> reasons,
			@Nullable String ruleVersion, @Nullable LocalDate lapsesOn) {

		static StateStandingResponse of(StateStanding s) {
			return new StateStandingResponse(s.state(), s.decision().eligible(), s.decision().reasons(),
					s.decision().ruleVersion(), s.lapsesOn());
		}

	}

}
