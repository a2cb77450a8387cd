package com.ptpractice.credentialing.expiry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ptpractice.credentialing.credentials.Credential;
import com.ptpractice.credentialing.credentials.CredentialService;
import com.ptpractice.credentialing.credentials.CredentialStatus;
import com.ptpractice.credentialing.credentials.VerificationStatus;
import com.ptpractice.credentialing.eligibility.AppointmentTime;
import com.ptpractice.credentialing.eligibility.DryNeedlingEligibility;
import com.ptpractice.credentialing.expiry.ExpiryReport.ExpiringCredential;
import com.ptpractice.credentialing.expiry.ExpiryReport.NeedlingLapse;
import com.ptpractice.credentialing.expiry.ExpiryReport.TherapistExpiries;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.credentialing.therapists.TherapistRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the expiry report. Only therapists with a credential expiring by the end of
 * the window are looked at: eligibility can only lapse on the day after a credential's
 * last valid day or on the day a new rule version takes effect, so the lapse day is found
 * by deciding on each of those days in turn. Five queries, whatever the practice's size.
 */
@Service
@Transactional(readOnly = true)
public class ExpiryWatch {

	private final CredentialService credentials;

	private final TherapistRegistry therapists;

	private final StateRuleBook rules;

	ExpiryWatch(CredentialService credentials, TherapistRegistry therapists, StateRuleBook rules) {
		this.credentials = credentials;
		this.therapists = therapists;
		this.rules = rules;
	}

	public ExpiryReport report(LocalDate asOf, int withinDays) {
		LocalDate horizon = asOf.plusDays(withinDays);
		Set<UUID> ids = this.credentials.expiringOnOrBefore(horizon)
			.stream()
			.map(Credential::therapistId)
			.collect(Collectors.toCollection(TreeSet::new));
		Map<UUID, List<Credential>> held = this.credentials.ofTherapists(ids)
			.stream()
			.collect(Collectors.groupingBy(Credential::therapistId));
		Map<UUID, Therapist> known = this.therapists.findAll(ids)
			.stream()
			.collect(Collectors.toMap(Therapist::id, Function.identity()));
		Window window = new Window(asOf, horizon, this.rules.histories(), this.rules.unsettledStatePolicy().allowed());
		List<TherapistExpiries> entries = ids.stream()
			.filter(known::containsKey)
			.map((id) -> window.expiriesOf(known.get(id), held.getOrDefault(id, List.of())))
			.filter((entry) -> !entry.credentials().isEmpty() || !entry.needlingLapses().isEmpty())
			.toList();
		return new ExpiryReport(asOf, withinDays, entries);
	}

	/**
	 * The days looked at and the rules that apply in them.
	 */
	record Window(LocalDate asOf, LocalDate horizon, Map<Jurisdiction, StateRuleHistory> histories,
			boolean unsettledAllowed) {

		TherapistExpiries expiriesOf(Therapist therapist, List<Credential> held) {
			List<ExpiringCredential> expiring = held.stream()
				.filter((credential) -> expiresByHorizon(credential) && !isReplaced(credential, held))
				.map(this::expiring)
				.toList();
			List<NeedlingLapse> lapses = held.stream()
				.filter((credential) -> credential.kind().countsAsLicense())
				.map(Credential::state)
				.filter(Objects::nonNull)
				.distinct()
				.sorted()
				.flatMap((state) -> lapseIn(state, therapist, held).stream())
				.toList();
			return new TherapistExpiries(therapist.id(), expiring, lapses);
		}

		private boolean expiresByHorizon(Credential credential) {
			return credential.expiresOn() != null && !credential.expiresOn().isAfter(this.horizon)
					&& credential.verification() != VerificationStatus.REJECTED
					&& credential.status() != CredentialStatus.REVOKED;
		}

		/** Whether a credential of the same kind and state stays valid longer. */
		private static boolean isReplaced(Credential credential, Collection<Credential> held) {
			return held.stream()
				.filter((other) -> other != credential && other.kind() == credential.kind()
						&& other.state() == credential.state())
				.filter((other) -> other.verification() != VerificationStatus.REJECTED
						&& other.status() == CredentialStatus.ACTIVE)
				.anyMatch((other) -> other.expiresOn() == null
						|| other.expiresOn().isAfter(Objects.requireNonNull(credential.expiresOn())));
		}

		private ExpiringCredential expiring(Credential credential) {
			LocalDate expiresOn = Objects.requireNonNull(credential.expiresOn());
			return new ExpiringCredential(credential.id(), credential.kind(), credential.state(), expiresOn,
					expiresOn.isBefore(this.asOf));
		}

		Optional<NeedlingLapse> lapseIn(Jurisdiction state, Therapist therapist, List<Credential> held) {
			StateRuleHistory history = this.histories.get(state);
			DryNeedlingEligibility eligibility = new DryNeedlingEligibility(history, this.unsettledAllowed);
			if (!eligibility.decide(therapist.isActive(), held, AppointmentTime.onDay(this.asOf)).eligible()) {
				return Optional.empty();
			}
			return changeDays(history, held)
				.filter((day) -> !eligibility.decide(therapist.isActive(), held, AppointmentTime.onDay(day)).eligible())
				.findFirst()
				.map((day) -> new NeedlingLapse(state, day));
		}

		/** The days within the window on which the decision can change, in order. */
		private Stream<LocalDate> changeDays(StateRuleHistory history, List<Credential> held) {
			Stream<LocalDate> dayAfterExpiry = held.stream()
				.map(Credential::expiresOn)
				.filter(Objects::nonNull)
				.map((lastValid) -> lastValid.plusDays(1));
			Stream<LocalDate> ruleChange = history.versions()
				.stream()
				.flatMap((version) -> Stream.of(version.effectiveFrom(), history.endOf(version)))
				.filter(Objects::nonNull);
			return Stream.concat(dayAfterExpiry, ruleChange)
				.filter((day) -> day.isAfter(this.asOf) && !day.isAfter(this.horizon))
				.distinct()
				.sorted();
		}

	}

}
