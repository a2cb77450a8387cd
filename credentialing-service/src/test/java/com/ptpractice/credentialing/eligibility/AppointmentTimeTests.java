package com.ptpractice.credentialing.eligibility;

import java.time.Instant;
import java.time.LocalDate;

import com.ptpractice.common.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AppointmentTimeTests {

	@Test
	void theLocalDateIsTakenAtTheOffsetWhenNoZoneIsGiven() {
		AppointmentTime time = AppointmentTime.parse("2026-12-01T23:30:00-07:00", null);

		assertThat(time.start()).isEqualTo(Instant.parse("2026-12-02T06:30:00Z"));
		assertThat(time.localDate()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void theClinicsZoneWinsOverTheOffset() {
		AppointmentTime time = AppointmentTime.parse("2026-12-02T06:30:00Z", "America/Denver");

		assertThat(time.localDate()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aPlusSignThatArrivedAsASpaceIsReadAsPlus() {
		AppointmentTime time = AppointmentTime.parse("2026-12-01T10:00:00 01:00", null);

		assertThat(time.start()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
	}

	@Test
	void anInstantWithoutOffsetIsRefusedNamingAt() {
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> AppointmentTime.parse("2026-12-01T10:00:00", "America/Denver"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("at"));
	}

	@Test
	void anUnknownZoneIsRefusedNamingZone() {
		assertThatExceptionOfType(InvalidFieldException.class)
			.isThrownBy(() -> AppointmentTime.parse("2026-12-01T10:00:00Z", "Mars/Olympus_Mons"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("zone"));
	}

}
