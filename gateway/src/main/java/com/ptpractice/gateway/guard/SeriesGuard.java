package com.ptpractice.gateway.guard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.ptpractice.common.web.FieldError;
import com.ptpractice.gateway.guard.BookingRequest.NeedlingBooking;
import com.ptpractice.gateway.guard.DecisionSources.ClinicLocation;
import com.ptpractice.gateway.guard.DecisionSources.SeriesFacts;
import com.ptpractice.needling.BookingWindow;
import com.ptpractice.needling.Decision;
import com.ptpractice.needling.Recurrence;
import com.ptpractice.needling.SeriesMove;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The guard's part for series: booking one and moving its visits. Every needling visit
 * the scheduling service would place or move (the same {@link Recurrence} and
 * {@link SeriesMove}) within the booking window is decided at its own instant, a few at a
 * time, as the caller; a part that cannot be asked is a 503 and nothing is forwarded.
 *
 * <ul>
 * <li>A series with a named therapist: the one decision per visit.</li>
 * <li>A series with any eligible therapist: the scheduling service picks the therapist
 * per visit, so the guard decides what holds whoever it picks (the state's law, the
 * patient's readiness, the prior evaluation); a refusal there refuses the visit with any
 * therapist.</li>
 * <li>A move: the visits that move, each at its new instant with its therapist (the new
 * one, else its own).</li>
 * </ul>
 * All or nothing with a refused visit is the 422 of the first refused one. Otherwise
 * (book what can be booked, and every move, which moves what it can) the request is
 * forwarded and the scheduling service, which decides each visit again in its
 * transaction, answers the refused ones.
 */
final class SeriesGuard {

	private static final Logger log = LoggerFactory.getLogger(SeriesGuard.class);

	/** How many visits of one series are decided at the same time. */
	static final int CONCURRENCY = 4;

	private final DecisionSources sources;

	private final OneDecision decisions;

	private final Clock clock;

	SeriesGuard(DecisionSources sources, OneDecision decisions, Clock clock) {
		this.sources = sources;
		this.decisions = decisions;
		this.clock = clock;
	}

	Mono<Void> checkBooking(BookingRequest.Series series, String caller) {
		return this.sources.needlingTypeCodes()
			.flatMap((needling) -> needling.contains(series.type()) ? this.sources.clinic(series.clinicId())
				.switchIfEmpty(
						Mono.error(() -> BookingRequest.invalid(List.of(new FieldError("clinicId", "no such clinic")))))
				.flatMap((clinic) -> decideBooking(series, clinic, caller)) : Mono.empty());
	}

	private Mono<Void> decideBooking(BookingRequest.Series series, ClinicLocation clinic, String caller) {
		ZoneId zone = ZoneId.of(clinic.zoneId());
		Instant now = this.clock.instant();
		List<Instant> instants = series.recurrence()
			.occurrences(zone)
			.stream()
			.map(Recurrence.Occurrence::startsAt)
			.filter(Objects::nonNull)
			.filter((at) -> BookingWindow.problem(at, zone, now).isEmpty())
			.toList();
		UUID therapistId = series.therapistId();
		Function<Instant, Mono<Decision>> decide = (therapistId != null)
				? (at) -> this.decisions.forVisit(
						new NeedlingBooking(series.patientId(), therapistId, series.clinicId(), at), clinic, caller)
				: (at) -> this.decisions.whoeverTheTherapist(series.patientId(), at, clinic, caller);
		return refused(instants, decide).flatMap((refused) -> {
			if (refused.isEmpty() || !series.allOrNothing()) {
				return Mono.empty();
			}
			log.info("All-or-nothing needling series refused at the gateway: therapist {}, clinic {}, {} refused",
					(therapistId != null) ? therapistId : "any eligible", clinic.id(), refused.size());
			return Mono.error(new NotEligibleForDryNeedling(refused.get(0)));
		});
	}

	/**
	 * A move of a needling series: the series is read as the caller (a 404 or 403 is
	 * passed on as the scheduling service gave it), then each visit that moves is decided
	 * at its new instant. A move moves what it can, so refusals are forwarded for the
	 * scheduling service to answer visit by visit.
	 */
	Mono<Void> checkMove(UUID seriesId, SeriesMove move, String caller) {
		return this.sources.series(seriesId, caller)
			.flatMap((series) -> this.sources.needlingTypeCodes()
				.flatMap((needling) -> needling.contains(series.type()) ? this.sources.clinic(series.clinicId())
					.switchIfEmpty(Mono.error(() -> new DependencyUnavailable(DependencyUnavailable.Asked.SCHEDULING,
							new IllegalStateException("the series' clinic was not found"))))
					.flatMap((clinic) -> decideMove(series, move, clinic, caller)) : Mono.empty()));
	}

	private Mono<Void> decideMove(SeriesFacts series, SeriesMove move, ClinicLocation clinic, String caller) {
		ZoneId zone = ZoneId.of(series.zoneId());
		Instant now = this.clock.instant();
		List<NeedlingBooking> moved = series.visits()
			.stream()
			.filter((visit) -> "BOOKED".equals(visit.status()) && move.moves(visit.localStart()))
			.flatMap((visit) -> {
				// a time the clocks skip, or outside the booking window, the scheduling
				// service refuses without a decision
				Instant at = move.placed(visit.localStart(), zone).startsAt();
				return (at != null && BookingWindow.problem(at, zone, now).isEmpty())
						? Stream.of(new NeedlingBooking(series.patientId(), move.therapistFor(visit.therapistId()),
								series.clinicId(), at))
						: Stream.empty();
			})
			.toList();
		return Flux.fromIterable(moved)
			.flatMapSequential((visit) -> this.decisions.forVisit(visit, clinic, caller), CONCURRENCY)
			.filter((decision) -> !decision.eligible())
			.count()
			.doOnNext((refused) -> {
				if (refused > 0) {
					log.info("Needling series {} move: {} of {} visits refused at the gateway, left to scheduling",
							series.id(), refused, moved.size());
				}
			})
			.then();
	}

	private static Mono<List<Decision>> refused(List<Instant> instants, Function<Instant, Mono<Decision>> decide) {
		return Flux.fromIterable(instants)
			.flatMapSequential(decide, CONCURRENCY)
			.filter((decision) -> !decision.eligible())
			.collectList();
	}

}
