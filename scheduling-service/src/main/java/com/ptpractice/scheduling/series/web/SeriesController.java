package com.ptpractice.scheduling.series.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.series.SeriesBooking;
import com.ptpractice.scheduling.series.SeriesBooking.BookedSeries;
import com.ptpractice.scheduling.series.SeriesLifecycle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans of care: front desks (and practice administrators) book a series of visits in one
 * request, see it, move its future visits and cancel from one visit on.
 */
@RestController
class SeriesController {

	static final String DESK = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.PRACTICE_ADMIN + "')";

	private final SeriesBooking booking;

	private final SeriesLifecycle lifecycle;

	SeriesController(SeriesBooking booking, SeriesLifecycle lifecycle) {
		this.booking = booking;
		this.lifecycle = lifecycle;
	}

	/**
	 * Books a series: 201 listing every occurrence (booked, or refused with reasons and
	 * the nearest alternative). All or nothing with a refused occurrence: 422
	 * {@code series-not-booked} listing them, nothing stored. With an
	 * {@code Idempotency-Key}, a retry with the same body answers the first answer again;
	 * the same key with another body is 422.
	 */
	@PostMapping("/series")
	@PreAuthorize(DESK)
	ResponseEntity<SeriesBookedResponse> book(
			@Valid @RequestBody BookSeriesRequest request, @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable @Size(min = 1, max = 200) String idempotencyKey,
			Authentication caller) {
		BookedSeries booked = this.booking.book(request.toCommand(), caller.getName(), idempotencyKey);
		return ResponseEntity.created(URI.create("/series/" + booked.seriesId()))
			.header("Idempotent-Replayed", String.valueOf(booked.replayed()))
			.body(new SeriesBookedResponse(booked.seriesId(), booked.zoneId(),
					OccurrenceResponse.of(booked.outcomes(), ZoneId.of(booked.zoneId()))));
	}

	@GetMapping("/series/{id}")
	@PreAuthorize(DESK)
	SeriesResponse get(@PathVariable UUID id) {
		return SeriesResponse.of(this.lifecycle.get(id));
	}

	/**
	 * Moves future visits of the series (such as Thursdays to Fridays), each through the
	 * single reschedule (needling decided again at the new instant); lists each visit
	 * moved or refused with reasons.
	 */
	@PostMapping("/series/{id}/move")
	@PreAuthorize(DESK)
	MovedResponse move(@PathVariable UUID id, @Valid @RequestBody MoveSeriesRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable @Size(min = 1,
					max = SeriesLifecycle.MAX_MOVE_KEY) String idempotencyKey,
			Authentication caller) {
		ZoneId zone = this.lifecycle.get(id).zone();
		return new MovedResponse(id, OccurrenceResponse
			.of(this.lifecycle.move(request.toCommand(id), caller.getName(), idempotencyKey), zone));
	}

	/** Cancels one visit of the series or it and every later live one. */
	@PostMapping("/series/{id}/cancel")
	@PreAuthorize(DESK)
	SeriesResponse cancel(@PathVariable UUID id, @Valid @RequestBody CancelSeriesRequest request,
			Authentication caller) {
		this.lifecycle.cancel(id, request.appointmentId(), Boolean.TRUE.equals(request.andLater()),
				request.reason().strip(), caller.getName());
		return SeriesResponse.of(this.lifecycle.get(id));
	}

	/**
	 * A series just booked.
	 *
	 * @param id the series
	 * @param zoneId the clinic's zone
	 * @param occurrences every occurrence in date order
	 */
	record SeriesBookedResponse(UUID id, String zoneId, List<OccurrenceResponse> occurrences) {
	}

	/**
	 * What a move did.
	 *
	 * @param id the series
	 * @param occurrences each visit that was to move: BOOKED (moved) or REFUSED (stays)
	 */
	record MovedResponse(UUID id, List<OccurrenceResponse> occurrences) {
	}

}
