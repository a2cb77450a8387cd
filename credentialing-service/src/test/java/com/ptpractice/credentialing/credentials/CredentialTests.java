package com.ptpractice.credentialing.credentials;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CredentialTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void aNewCredentialIsActiveAndPending() {
		Credential license = license("2030-12-31");

		assertThat(license.status()).isEqualTo(CredentialStatus.ACTIVE);
		assertThat(license.verification()).isEqualTo(VerificationStatus.PENDING);
	}

	@Test
	void verifyingRecordsWhoWhenSourceAndNote() {
		Credential license = license("2030-12-31");

		license.verify("admin-1", NOW, "Utah DOPL", "checked online", 0);

		assertThat(license.verification()).isEqualTo(VerificationStatus.VERIFIED);
		assertThat(license.verifiedBy()).isEqualTo("admin-1");
		assertThat(license.verifiedAt()).isEqualTo(NOW);
		assertThat(license.primarySource()).isEqualTo("Utah DOPL");
		assertThat(license.verificationNote()).isEqualTo("checked online");
	}

	@Test
	void aDecidedVerificationCannotBeDecidedAgain() {
		Credential license = license("2030-12-31");
		license.reject("admin-1", NOW, "Utah DOPL", "no such number", 0);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> license.verify("admin-1", NOW, "Utah DOPL", null, 0))
			.satisfies((ex) -> assertThat(ex.slug()).isEqualTo("verification-already-decided"));
	}

	@Test
	void newFactsSendAVerifiedCredentialBackToPending() {
		Credential license = license("2030-12-31");
		license.verify("admin-1", NOW, "Utah DOPL", null, 0);

		license.revise(facts("2032-12-31"), CredentialStatus.ACTIVE, 0);

		assertThat(license.verification()).isEqualTo(VerificationStatus.PENDING);
		assertThat(license.verifiedBy()).isNull();
		assertThat(license.expiresOn()).isEqualTo(LocalDate.parse("2032-12-31"));
	}

	@Test
	void reactivatingARevokedOrSuspendedCredentialSendsItBackToPending() {
		for (CredentialStatus lapsed : new CredentialStatus[] { CredentialStatus.REVOKED,
				CredentialStatus.SUSPENDED }) {
			Credential license = license("2030-12-31");
			license.verify("admin-1", NOW, "Utah DOPL", null, 0);
			license.revise(facts("2030-12-31"), lapsed, 0);

			license.revise(facts("2030-12-31"), CredentialStatus.ACTIVE, 0);

			assertThat(license.status()).isEqualTo(CredentialStatus.ACTIVE);
			assertThat(license.verification()).as("reactivated from %s", lapsed).isEqualTo(VerificationStatus.PENDING);
			assertThat(license.verifiedBy()).isNull();
		}
	}

	@Test
	void theSameFactsWithANewStatusKeepTheVerification() {
		Credential license = license("2030-12-31");
		license.verify("admin-1", NOW, "Utah DOPL", null, 0);

		license.revise(facts("2030-12-31"), CredentialStatus.SUSPENDED, 0);

		assertThat(license.verification()).isEqualTo(VerificationStatus.VERIFIED);
		assertThat(license.status()).isEqualTo(CredentialStatus.SUSPENDED);
	}

	@Test
	void aStaleVersionIsRefused() {
		Credential license = license("2030-12-31");

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> license.revise(facts("2031-12-31"), CredentialStatus.ACTIVE, 3));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> license.verify("admin-1", NOW, "Utah DOPL", null, 3));
	}

	@Test
	void anExpiryBeforeTheIssueDateIsRefusedNamingExpiresOn() {
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> new CredentialFacts(Jurisdiction.UT, "PT-1", null, null, null,
					LocalDate.parse("2020-01-01"), LocalDate.parse("2019-12-31")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("expiresOn"));
	}

	@Test
	void aLicenseNeedsAStateAndANumberAndACertificationItsTraining() {
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> Credential.record(UUID.randomUUID(), CredentialKind.STATE_LICENSE,
					new CredentialFacts(null, "PT-1", null, null, null, LocalDate.parse("2020-01-01"), null)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("state"));
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> Credential.record(UUID.randomUUID(), CredentialKind.DRY_NEEDLING_CERTIFICATION,
					new CredentialFacts(null, null, "Institute", null, 10, LocalDate.parse("2020-01-01"), null)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("trainingHours"));
	}

	@Test
	void trainingCountsOfALicenseAreDropped() {
		Credential license = Credential.record(UUID.randomUUID(), CredentialKind.STATE_LICENSE,
				new CredentialFacts(Jurisdiction.UT, "PT-1", null, 50, 25, LocalDate.parse("2020-01-01"), null));

		assertThat(license.facts().trainingHours()).isNull();
		assertThat(license.facts().supervisedSessions()).isNull();
	}

	@Test
	void aNationalCertificationAppliesInEveryStateAndAStateOneOnlyInItsOwn() {
		Credential national = Credential.record(UUID.randomUUID(), CredentialKind.DRY_NEEDLING_CERTIFICATION,
				new CredentialFacts(null, null, "Institute", 50, 25, LocalDate.parse("2020-01-01"), null));
		Credential colorado = Credential.record(UUID.randomUUID(), CredentialKind.DRY_NEEDLING_CERTIFICATION,
				new CredentialFacts(Jurisdiction.CO, null, "Institute", 50, 25, LocalDate.parse("2020-01-01"), null));

		assertThat(national.appliesIn(Jurisdiction.UT)).isTrue();
		assertThat(colorado.appliesIn(Jurisdiction.CO)).isTrue();
		assertThat(colorado.appliesIn(Jurisdiction.UT)).isFalse();
	}

	static Credential license(String expiresOn) {
		return Credential.record(UUID.randomUUID(), CredentialKind.STATE_LICENSE, facts(expiresOn));
	}

	static CredentialFacts facts(String expiresOn) {
		return new CredentialFacts(Jurisdiction.UT, "PT-1", null, null, null, LocalDate.parse("2020-01-01"),
				LocalDate.parse(expiresOn));
	}

}
