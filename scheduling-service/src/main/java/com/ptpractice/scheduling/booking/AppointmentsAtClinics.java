package com.ptpractice.scheduling.booking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.ptpractice.scheduling.clinics.ClinicVisits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the clinics how many live visits they still have ahead.
 */
@Component
class AppointmentsAtClinics implements ClinicVisits {

	private final JdbcClient jdbc;

	AppointmentsAtClinics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long liveEndingAfter(UUID clinicId, Instant at) {
		return this.jdbc.sql("""
				SELECT count(*) FROM appointment
				WHERE clinic_id = :clinicId AND status IN ('BOOKED', 'CHECKED_IN') AND ends_at > :at""")
			.param("clinicId", clinicId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
