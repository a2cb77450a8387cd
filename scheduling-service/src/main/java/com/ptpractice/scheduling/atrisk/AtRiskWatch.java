package com.ptpractice.scheduling.atrisk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.needling.Decision;
import com.ptpractice.scheduling.atrisk.AtRiskQueries.UpcomingNeedling;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions;

import org.springframework.stereotype.Service;

/**
 * Re-evaluates future live needling appointments (the next {@link #HORIZON}) live, one
 * page at a time, with the one needling decision a booking takes: the therapist's
 * eligibility at the clinic's state and the visit's start, the patient's readiness and
 * the prior evaluation. Two calls per appointment, so a page is at most
 * {@link #MAX_PAGE_SIZE}. A dependency that cannot answer fails the whole page (503): an
 * at-risk list with silent gaps would look reassuring.
 */
@Service
public class AtRiskWatch {

	/** How far ahead appointments are re-checked. */
	public static final Duration HORIZON = Duration.ofDays(60);

	public static final int MAX_PAGE_SIZE = 50;

	/** The last page number asked for, as the other lists bound theirs. */
	public static final int MAX_PAGE = 100_000;

	private final AtRiskQueries queries;

	private final DryNeedlingDecisions needling;

	private final Clock clock;

	AtRiskWatch(AtRiskQueries queries, DryNeedlingDecisions needling, Clock clock) {
		this.queries = queries;
		this.needling = needling;
		this.clock = clock;
	}

	/** One page of the upcoming needling appointments, re-evaluated now. */
	public Evaluation evaluate(int page, int size) {
		if (page < 0 || page > MAX_PAGE) {
			throw new InvalidFieldException("page", "must be between 0 and " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidFieldException("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		Instant now = this.clock.instant();
		List<UpcomingNeedling> upcoming = this.queries.upcomingNeedling(now, now.plus(HORIZON), size + 1,
				(long) page * size);
		boolean hasMore = upcoming.size() > size;
		List<AtRiskAppointment> atRisk = new ArrayList<>();
		for (UpcomingNeedling appointment : upcoming.subList(0, Math.min(size, upcoming.size()))) {
			Decision decision = decisionNow(appointment);
			if (!decision.eligible()) {
				atRisk.add(new AtRiskAppointment(appointment.id(), appointment.patientId(), appointment.therapistId(),
						appointment.clinicId(), appointment.startsAt(), appointment.zoneId(), decision.reasons()));
			}
		}
		return new Evaluation(now, page, size, Math.min(size, upcoming.size()), hasMore, List.copyOf(atRisk));
	}

	private Decision decisionNow(UpcomingNeedling appointment) {
		return this.needling.decide(this.needling.askInTurn(appointment.patientId(), appointment.therapistId(),
				appointment.state(), appointment.zoneId(), appointment.startsAt()));
	}

	/**
	 * One evaluated page.
	 *
	 * @param evaluatedAt when
	 * @param page the page of upcoming needling appointments (by start)
	 * @param size its size
	 * @param evaluated how many appointments this page re-checked
	 * @param hasMore whether a later page has more
	 * @param atRisk those that would now fail
	 */
	public record Evaluation(Instant evaluatedAt, int page, int size, int evaluated, boolean hasMore,
			List<AtRiskAppointment> atRisk) {
	}

}
