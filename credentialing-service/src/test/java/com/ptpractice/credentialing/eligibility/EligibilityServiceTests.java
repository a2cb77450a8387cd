package com.ptpractice.credentialing.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.ptpractice.credentialing.credentials.CredentialService;
import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.RuleStatus;
import com.ptpractice.credentialing.staterules.StateRule;
import com.ptpractice.credentialing.staterules.StateRuleBook;
import com.ptpractice.credentialing.staterules.StateRuleHistory;
import com.ptpractice.credentialing.staterules.StateRuleTerms;
import com.ptpractice.credentialing.staterules.UnsettledStatePolicy;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.credentialing.therapists.TherapistDetails;
import com.ptpractice.credentialing.therapists.TherapistRegistry;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.ReasonCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class EligibilityServiceTests {

	final TherapistRegistry therapists = mock();

	final CredentialService credentials = mock();

	final StateRuleBook rules = mock();

	final EligibilityService service = new EligibilityService(this.therapists, this.credentials, this.rules);

	@Test
	void aBatchOfAHundredTherapistsLoadsEachKindOfDataOnce() {
		List<Therapist> hundred = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			hundred
				.add(Therapist.register(new TherapistDetails("1234567893", "T", "T" + i, "t@x.example", null, true)));
		}
		List<UUID> ids = hundred.stream().map(Therapist::id).toList();
		given(this.rules.history(Jurisdiction.UT))
			.willReturn(new StateRuleHistory(Jurisdiction.UT, List.of(permitted())));
		given(this.rules.unsettledStatePolicy()).willReturn(UnsettledStatePolicy.allowing(false));
		given(this.therapists.findAll(any())).willReturn(hundred);
		given(this.credentials.ofTherapists(anyCollection())).willReturn(List.of());

		Map<UUID, Decision> decisions = this.service.decideAll(ids, Jurisdiction.UT,
				AppointmentTime.at(Instant.parse("2030-06-03T16:00:00Z"), ZoneId.of("America/Denver")));

		assertThat(decisions).hasSize(100);
		assertThat(decisions.keySet()).containsExactlyElementsOf(ids);
		verify(this.rules, times(1)).history(Jurisdiction.UT);
		verify(this.rules, times(1)).unsettledStatePolicy();
		verify(this.therapists, times(1)).findAll(any());
		verify(this.credentials, times(1)).ofTherapists(anyCollection());
		verifyNoMoreInteractions(this.rules, this.therapists, this.credentials);
	}

	@Test
	void onlyKnownTherapistsCredentialsAreAskedFor() {
		Therapist known = Therapist.register(new TherapistDetails("1234567893", "T", "T", "t@x.example", null, true));
		UUID unknown = UUID.randomUUID();
		given(this.rules.history(Jurisdiction.UT))
			.willReturn(new StateRuleHistory(Jurisdiction.UT, List.of(permitted())));
		given(this.rules.unsettledStatePolicy()).willReturn(UnsettledStatePolicy.allowing(false));
		given(this.therapists.findAll(any())).willReturn(List.of(known));
		given(this.credentials.ofTherapists(anyCollection())).willAnswer((invocation) -> {
			Collection<UUID> asked = invocation.getArgument(0);
			assertThat(asked).containsExactly(known.id());
			return List.of();
		});

		Map<UUID, Decision> decisions = this.service.decideAll(List.of(known.id(), unknown), Jurisdiction.UT,
				AppointmentTime.onDay(LocalDate.of(2030, 6, 3)));

		assertThat(decisions.get(unknown).hasReason(ReasonCode.THERAPIST_UNKNOWN)).isTrue();
		assertThat(decisions.get(known.id()).hasReason(ReasonCode.NO_LICENSE_IN_STATE)).isTrue();
	}

	private static StateRule permitted() {
		return StateRule.version(Jurisdiction.UT, new StateRuleTerms(RuleStatus.PERMITTED,
				LocalDate.parse("2026-01-01"), null, null, null, null, false, false, "test", null), "test",
				Instant.EPOCH);
	}

}
