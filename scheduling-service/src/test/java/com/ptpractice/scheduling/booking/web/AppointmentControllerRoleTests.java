package com.ptpractice.scheduling.booking.web;

import java.util.UUID;

import com.ptpractice.scheduling.booking.AppointmentFixtures;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.booking.ScheduledAppointment;
import com.ptpractice.scheduling.system.SecurityConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentMatchers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may book and change appointments: the service answers, or 403.
 */
@WebMvcTest(AppointmentController.class)
@Import(SecurityConfiguration.class)
class AppointmentControllerRoleTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BookingService booking;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "FRONT_DESK, book, 201", "PRACTICE_ADMIN, book, 201", "PATIENT, book, 403", "THERAPIST, book, 403",
			"SERVICE, book, 403", "CREDENTIALING_ADMIN, book, 403", "FRONT_DESK, cancel, 200", "PATIENT, cancel, 403",
			"THERAPIST, cancel, 403", "FRONT_DESK, check-in, 200", "THERAPIST, check-in, 200", "PATIENT, check-in, 403",
			"THERAPIST, complete, 200", "PATIENT, complete, 403", "THERAPIST, no-show, 200", "SERVICE, no-show, 403",
			"FRONT_DESK, corrections, 200", "PRACTICE_ADMIN, corrections, 200", "THERAPIST, corrections, 403",
			"PATIENT, corrections, 403" })
	void rolesThatMayChangeAppointments(String role, String action, int expected) throws Exception {
		ScheduledAppointment scheduled = AppointmentFixtures.scheduled();
		given(this.booking.book(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.any()))
			.willReturn(new BookingService.Booking(scheduled, false));
		given(this.booking.cancel(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.any()))
			.willReturn(scheduled);
		given(this.booking.checkIn(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.anyBoolean()))
			.willReturn(scheduled);
		given(this.booking.complete(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.anyBoolean()))
			.willReturn(scheduled);
		given(this.booking.markNoShow(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.anyBoolean()))
			.willReturn(scheduled);
		given(this.booking.correct(ArgumentMatchers.any(), ArgumentMatchers.any(), ArgumentMatchers.any(),
				ArgumentMatchers.any()))
			.willReturn(scheduled);

		String uri = action.equals("book") ? "/appointments" : "/appointments/" + UUID.randomUUID() + "/" + action;
		String body = action.equals("book")
				? """
						{"patientId":"%s","therapistId":"%s","clinicId":"%s","type":"FOLLOW_UP","startsAt":"2026-06-01T09:00:00-06:00"}"""
					.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())
				: "{\"reason\":\"called\",\"status\":\"BOOKED\"}";
		this.mvc
			.perform(post(uri).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_" + role))))
			.andExpect(status().is(expected));
	}

}
