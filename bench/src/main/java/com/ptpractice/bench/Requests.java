package com.ptpractice.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

/**
 * The requests of each step, through the gateway or straight to the scheduling service.
 */
final class Requests {

	private final Settings settings;

	private final Tokens tokens;

	private final String week;

	Requests(Settings settings, Tokens tokens) {
		this.settings = settings;
		this.tokens = tokens;
		// the second week of the seeded four: wholly in the future whatever the hour
		LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(7);
		this.week = "from=" + monday + "T00:00:00Z&to=" + monday.plusDays(7) + "T00:00:00Z";
	}

	HttpRequest book(Booking booking, boolean viaGateway) {
		return authorized(scheduling(viaGateway) + "/appointments").header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(HttpRequest.BodyPublishers.ofString(booking.json()))
			.build();
	}

	HttpRequest series(String json) {
		return authorized(scheduling(true) + "/series").header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	HttpRequest clinicWeek(UUID clinicId) {
		return authorized(scheduling(true) + "/availability?type=DRY_NEEDLING&clinicId=" + clinicId + "&" + this.week
				+ "&limit=100")
			.GET()
			.build();
	}

	HttpRequest stateWeek(String state) {
		return authorized(
				scheduling(true) + "/availability?type=DRY_NEEDLING&state=" + state + "&" + this.week + "&limit=100")
			.GET()
			.build();
	}

	HttpRequest appointmentTypes(boolean viaGateway) {
		return authorized(scheduling(viaGateway) + "/appointment-types").GET().build();
	}

	HttpRequest finder(String state, boolean viaGateway) {
		String base = viaGateway ? this.settings.gateway() + "/api" : this.settings.scheduling();
		return HttpRequest.newBuilder(URI.create(base + "/public/clinics?service=dry-needling&state=" + state))
			.timeout(this.settings.requestTimeout())
			.GET()
			.build();
	}

	HttpRequest[] race(List<Booking> contenders) {
		return contenders.stream().map((booking) -> book(booking, true)).toArray(HttpRequest[]::new);
	}

	private String scheduling(boolean viaGateway) {
		return viaGateway ? this.settings.gateway() + "/api/scheduling" : this.settings.scheduling();
	}

	private HttpRequest.Builder authorized(String url) {
		Duration timeout = this.settings.requestTimeout();
		return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", this.tokens.bearer());
	}

}
