package com.ptpractice.gateway.guard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.web.FieldError;
import com.ptpractice.common.web.Problems;
import com.ptpractice.gateway.guard.BookingRequest.NeedlingBooking;
import com.ptpractice.gateway.guard.DecisionSources.AppointmentFacts;
import com.ptpractice.gateway.guard.DecisionSources.ClinicLocation;
import com.ptpractice.needling.BookingWindow;
import com.ptpractice.needling.DryNeedlingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Guards the routes that book or reschedule appointments, after the edge's security has
 * let only the roles that may book through. The request is validated first (every field
 * present and well formed, the start within the booking window) and answered 400 without
 * asking anyone. When the appointment's type involves dry needling (as the scheduling
 * service's appointment types say), nothing is forwarded until the one needling decision
 * ({@link DryNeedlingRule}) allows the visit: the therapist's eligibility, the patient's
 * readiness and the prior evaluation, asked at the same time as the caller for the
 * clinic's state and the visit's instant. A refusal is the 422 the scheduling service
 * would give, with every reason; a service that cannot answer is a 503. Other types pass
 * through unchanged. The body is forwarded byte for byte as it arrived. Confirming a
 * waitlist offer books the visit the offer holds: the guard reads the offer (as the
 * caller) and decides it the same way. A series, and a move of a series' visits, are
 * decided visit by visit ({@link SeriesGuard}).
 *
 * <pre>
 * filters:
 *   - name: DryNeedlingGuard
 *     args:
 *       operation: RESCHEDULE   # or CONFIRM_OFFER, SERIES, MOVE_SERIES, or BOOK (the default)
 * </pre>
 */
@Component
public class DryNeedlingGuardGatewayFilterFactory
		extends AbstractGatewayFilterFactory<DryNeedlingGuardGatewayFilterFactory.Config> {

	private static final Logger log = LoggerFactory.getLogger(DryNeedlingGuardGatewayFilterFactory.class);

	static final int MAX_BODY_BYTES = 16 * 1024;

	private final DecisionSources sources;

	private final Clock clock;

	private final OneDecision decisions;

	private final SeriesGuard series;

	public DryNeedlingGuardGatewayFilterFactory(DecisionSources sources, Clock clock) {
		super(Config.class);
		this.sources = sources;
		this.clock = clock;
		this.decisions = new OneDecision(sources);
		this.series = new SeriesGuard(sources, this.decisions, clock);
	}

	@Override
	public GatewayFilter apply(Config config) {
		if (config.getOperation() == Operation.CONFIRM_OFFER) {
			// the offer names everything; a body, if any, is not read
			return (exchange, chain) -> Mono.defer(() -> checkOffer(offerIdOf(exchange), authorizationOf(exchange)))
				.then(Mono.defer(() -> chain.filter(exchange)));
		}
		return (exchange, chain) -> checkSize(exchange)
			.then(ServerWebExchangeUtils.cacheRequestBody(exchange, (cachedRequest) -> {
				ServerWebExchange replayable = exchange.mutate().request(cachedRequest).build();
				return Mono.defer(() -> check(config.getOperation(), replayable))
					.then(Mono.defer(() -> chain.filter(replayable)));
			}));
	}

	/** The body is read into memory before anything else: only a small, declared one. */
	private static Mono<Void> checkSize(ServerWebExchange exchange) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length < 0) {
			return Mono
				.error(new ErrorResponseException(HttpStatus.LENGTH_REQUIRED, Problems.of(HttpStatus.LENGTH_REQUIRED,
						"length-required", "Length required", "Send the booking with a Content-Length header."), null));
		}
		if (length > MAX_BODY_BYTES) {
			return Mono
				.error(new ErrorResponseException(
						HttpStatus.CONTENT_TOO_LARGE, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
								"Request too large", "A booking request is at most " + MAX_BODY_BYTES + " bytes."),
						null));
		}
		return Mono.empty();
	}

	private Mono<Void> check(Operation operation, ServerWebExchange exchange) {
		BookingRequest request = BookingRequest.parse(bodyOf(exchange));
		Instant now = this.clock.instant();
		String caller = authorizationOf(exchange);
		return switch (operation) {
			case BOOK -> checkBooking(request.booking(now), caller);
			case RESCHEDULE -> checkReschedule(appointmentIdOf(exchange), request.reschedule(now), caller);
			case CONFIRM_OFFER -> checkOffer(offerIdOf(exchange), caller);
			case SERIES -> this.series.checkBooking(request.series(), caller);
			case MOVE_SERIES -> this.series.checkMove(seriesIdOf(exchange), request.move(), caller);
		};
	}

	private Mono<Void> checkBooking(BookingRequest.Booking booking, String caller) {
		return this.sources.needlingTypeCodes()
			.flatMap((needling) -> needling.contains(booking.type()) ? checkNeedling(booking.needling(), caller)
					: Mono.empty());
	}

	private Mono<Void> checkReschedule(UUID appointmentId, BookingRequest.Reschedule change, String caller) {
		return this.sources.appointment(appointmentId, caller)
			.flatMap((booked) -> this.sources.needlingTypeCodes()
				.flatMap((needling) -> needling.contains(booked.type())
						? checkNeedling(rescheduled(booked, change), caller) : Mono.empty()));
	}

	/**
	 * A waitlist offer being confirmed books the visit it holds: for a needling type, the
	 * one decision for that patient, therapist, clinic and instant, as for a booking.
	 */
	private Mono<Void> checkOffer(UUID offerId, String caller) {
		return this.sources.waitlistOffer(offerId, caller)
			.flatMap(
					(offer) -> this.sources.needlingTypeCodes()
						.flatMap(
								(needling) -> needling.contains(offer.type())
										? checkNeedling(new NeedlingBooking(offer.patientId(), offer.therapistId(),
												offer.clinicId(), offer.startsAt().toInstant()), caller)
										: Mono.empty()));
	}

	private Mono<Void> checkNeedling(NeedlingBooking booking, String caller) {
		return this.sources.clinic(booking.clinicId())
			.switchIfEmpty(Mono.error(() -> invalid(new FieldError("clinicId", "no such clinic"))))
			.flatMap((clinic) -> {
				BookingWindow.problem(booking.startsAt(), ZoneId.of(clinic.zoneId()), this.clock.instant())
					.ifPresent((problem) -> {
						throw invalid(new FieldError("startsAt", problem));
					});
				return decide(booking, clinic, caller);
			});
	}

	private Mono<Void> decide(NeedlingBooking booking, ClinicLocation clinic, String caller) {
		return this.decisions.forVisit(booking, clinic, caller).flatMap((decision) -> {
			if (decision.eligible()) {
				return Mono.empty();
			}
			log.info("Dry-needling booking refused at the gateway: therapist {}, clinic {}, reasons {}",
					booking.therapistId(), clinic.id(), decision.codes());
			return Mono.error(new NotEligibleForDryNeedling(decision));
		});
	}

	private static NeedlingBooking rescheduled(AppointmentFacts booked, BookingRequest.Reschedule change) {
		UUID therapistId = (change.therapistId() != null) ? change.therapistId() : booked.therapistId();
		return new NeedlingBooking(booked.patientId(), therapistId, booked.clinicId(), change.startsAt());
	}

	private static String bodyOf(ServerWebExchange exchange) {
		DataBuffer body = exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR);
		return (body != null) ? body.toString(StandardCharsets.UTF_8) : "";
	}

	/**
	 * The caller's bearer token (their own, or the one the browser session relays), which
	 * the guard's questions carry. The edge's security has admitted only authenticated
	 * callers, so a missing one is a 401, never a question asked as the gateway.
	 */
	private static String authorizationOf(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			throw new ErrorResponseException(HttpStatus.UNAUTHORIZED, Problems.of(HttpStatus.UNAUTHORIZED,
					"unauthorized", "Sign-in required", "Sign in to book or reschedule."), null);
		}
		return authorization;
	}

	/** The id in {@code .../appointments/{id}/reschedule}. */
	private static UUID appointmentIdOf(ServerWebExchange exchange) {
		String[] segments = exchange.getRequest().getPath().value().split("/");
		for (int i = 0; i + 2 < segments.length; i++) {
			if (segments[i].equals("appointments") && segments[i + 2].equals("reschedule")) {
				try {
					return UUID.fromString(segments[i + 1]);
				}
				catch (IllegalArgumentException ex) {
					break;
				}
			}
		}
		throw invalid(new FieldError("id", "must be an appointment id"));
	}

	/** The id in {@code .../series/{id}/move}. */
	private static UUID seriesIdOf(ServerWebExchange exchange) {
		String[] segments = exchange.getRequest().getPath().value().split("/");
		for (int i = 0; i + 2 < segments.length; i++) {
			if (segments[i].equals("series") && segments[i + 2].equals("move")) {
				try {
					return UUID.fromString(segments[i + 1]);
				}
				catch (IllegalArgumentException ex) {
					break;
				}
			}
		}
		throw invalid(new FieldError("id", "must be a series id"));
	}

	/** The id in {@code .../waitlist/offers/{id}/confirm}. */
	private static UUID offerIdOf(ServerWebExchange exchange) {
		String[] segments = exchange.getRequest().getPath().value().split("/");
		for (int i = 0; i + 2 < segments.length; i++) {
			if (segments[i].equals("offers") && segments[i + 2].equals("confirm")) {
				try {
					return UUID.fromString(segments[i + 1]);
				}
				catch (IllegalArgumentException ex) {
					break;
				}
			}
		}
		throw invalid(new FieldError("id", "must be a waitlist offer id"));
	}

	private static ErrorResponseException invalid(FieldError error) {
		return BookingRequest.invalid(List.of(error));
	}

	/** What the guarded route does. */
	public enum Operation {

		/**
		 * {@code POST .../appointments}: the body names type, patient, therapist, clinic.
		 */
		BOOK,

		/**
		 * {@code POST .../appointments/{id}/reschedule}: the rest comes from the booking.
		 */
		RESCHEDULE,

		/**
		 * {@code POST .../waitlist/offers/{id}/confirm}: everything comes from the offer.
		 */
		CONFIRM_OFFER,

		/**
		 * {@code POST .../series}: a series of visits, each decided at its own instant.
		 */
		SERIES,

		/**
		 * {@code POST .../series/{id}/move}: the series' visits that move, each decided
		 * at its new instant.
		 */
		MOVE_SERIES

	}

	/**
	 * The filter's arguments.
	 */
	public static class Config {

		private Operation operation = Operation.BOOK;

		public Operation getOperation() {
			return this.operation;
		}

		public void setOperation(Operation operation) {
			this.operation = operation;
		}

	}

}
