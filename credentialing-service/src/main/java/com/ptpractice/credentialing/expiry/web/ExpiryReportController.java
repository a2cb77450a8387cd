package com.ptpractice.credentialing.expiry.web;

import java.time.Clock;
import java.time.LocalDate;

import com.ptpractice.credentialing.expiry.DailyExpiryRecord;
import com.ptpractice.credentialing.expiry.ExpiryReport;
import com.ptpractice.credentialing.expiry.ExpiryWatch;
import com.ptpractice.credentialing.expiry.ExpiryWatchProperties;
import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.common.web.NotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What expires soon or has expired, and when needling eligibility lapses: worked out now,
 * or as the daily job recorded it. Credentialing and practice administrators.
 */
@RestController
@RequestMapping("/expiry-report")
class ExpiryReportController {

	private final ExpiryWatch watch;

	private final DailyExpiryRecord daily;

	private final ExpiryWatchProperties properties;

	private final Clock clock;

	ExpiryReportController(ExpiryWatch watch, DailyExpiryRecord daily, ExpiryWatchProperties properties, Clock clock) {
		this.watch = watch;
		this.daily = daily;
		this.properties = properties;
		this.clock = clock;
	}

	/** The report as of a day (today by default), looking {@code withinDays} ahead. */
	@GetMapping
	@PreAuthorize(Access.EXPIRY_WATCHERS)
	ExpiryReport report(@RequestParam(defaultValue = "60") @Min(0) @Max(365) int withinDays,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.now(this.clock.withZone(this.properties.zone()));
		return this.watch.report(day, withinDays);
	}

	/** The report the daily job recorded on that day. */
	@GetMapping("/daily/{day}")
	@PreAuthorize(Access.EXPIRY_WATCHERS)
	ExpiryReport recorded(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return this.daily.recordedOn(day).orElseThrow(() -> new NotFoundException("daily expiry report", day));
	}

}
