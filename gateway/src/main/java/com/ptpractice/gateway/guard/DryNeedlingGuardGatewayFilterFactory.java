package com.ptpractice.gateway.guard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.ptpractice.common.web.FieldError;
import com.ptpractice.common.web.Problems;
import com.ptpractice.gateway.guard.BookingRequest.NeedlingBooking;
import com.ptpractice.gateway.guard.DecisionSources.AppointmentFacts;
import com.ptpractice.gateway.guard.DecisionSources.ClinicLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Guards the routes that book or reschedule appointments. When the appointment's type
 * involves dry needling (as the scheduling service's appointment types say), nothing is
 * forwarded until the credentialing service's decision for the therapist and the patient
 * service's readiness for the patient, asked in parallel for the clinic's state and the
 * appointment's instant, both allow it: otherwise a 422 with every reason, or a 503 when
 * a service cannot answer. Other types pass through unchanged. The body is forwarded byte
 * for byte as it arrived.
 *
 * <pre>
 * filters:
 *   - name: DryNeedlingGuard
 *     args:
 *       operation: RESCHEDULE   # or BOOK (the default)
 * </pre>
 */
@Component
public class DryNeedlingGuardGatewayFilterFactory
		extends AbstractGatewayFilterFactory<DryNeedlingGuardGatewayFilterFactory.Config> {

	private static final Logger log = LoggerFactory.getLogger(DryNeedlingGuardGatewayFilterFactory.class);

	static final int MAX_BODY_BYTES = 16 * 1024;

	private final DecisionSources sources;

	public DryNeedlingGuardGatewayFilterFactory(DecisionSources sources) {
		super(Config.class);
		this.sources = sources;
	}

	@Override
	public GatewayFilter apply(Config config) {
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
		return switch (operation) {
			case BOOK -> checkBooking(request);
			case RESCHEDULE -> checkReschedule(appointmentIdOf(exchange), request);
		};
	}

	private Mono<Void> checkBooking(BookingRequest request) {
		String type = request.type().orElse(null);
		if (type == null) {
			return Mono.empty(); // the scheduling service names the missing type
		}
		return this.sources.needlingTypeCodes()
			.flatMap((needling) -> needling.contains(type) ? checkNeedling(request.needlingBooking()) : Mono.empty());
	}

	private Mono<Void> checkReschedule(UUID appointmentId, BookingRequest request) {
		BookingRequest.Reschedule change = request.reschedule();
		return this.sources.appointment(appointmentId)
			.flatMap((booked) -> this.sources.needlingTypeCodes()
				.flatMap((needling) -> needling.contains(booked.type()) ? checkNeedling(rescheduled(booked, change))
						: Mono.empty()));
	}

	private Mono<Void> checkNeedling(NeedlingBooking booking) {
		return this.sources.clinic(booking.clinicId())
			.switchIfEmpty(Mono.error(() -> invalid(new FieldError("clinicId", "no such clinic"))))
			.flatMap((clinic) -> decide(booking, clinic));
	}

	private Mono<Void> decide(NeedlingBooking booking, ClinicLocation clinic) {
		return Mono
			.zip(this.sources.therapistEligibility(booking.therapistId(), clinic, booking.startsAt()),
					this.sources.patientReadiness(booking.patientId(), booking.startsAt()))
			.flatMap((decisions) -> {
				if (decisions.getT1().eligible() && decisions.getT2().eligible()) {
					return Mono.empty();
				}
				List<Decision.Reason> reasons = Stream.of(decisions.getT1(), decisions.getT2())
					.flatMap((decision) -> decision.reasons().stream())
					.toList();
				log.info("Dry-needling booking refused at the gateway: therapist {}, clinic {}, reasons {}",
						booking.therapistId(), clinic.id(), reasons.stream().map(Decision.Reason::code).toList());
				return Mono.error(new NotEligibleForDryNeedling(reasons));
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
		RESCHEDULE

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
