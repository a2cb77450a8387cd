package com.ptpractice.scheduling.atrisk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.needling.Decision;
import com.ptpractice.scheduling.atrisk.AtRiskQueries.Position;
import com.ptpractice.scheduling.atrisk.AtRiskQueries.UpcomingNeedling;
import com.ptpractice.scheduling.needling.DryNeedlingDecisions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Re-evaluates future live needling appointments (the next {@link #HORIZON}) live, one
 * page at a time, with the one needling decision a booking takes: the therapist's
 * eligibility at the clinic's state and the visit's start, the patient's readiness and
 * the prior evaluation. Two calls per appointment, so a page is at most
 * {@link #MAX_PAGE_SIZE}. A dependency that cannot answer fails the whole page (503): an
 * at-risk list with silent gaps would look reassuring.
 * <p>
 * Pages are ordered by (start, id). The HTTP list's window starts at the current hour,
 * not the current instant, so paging through it within an hour sees one window (a visit
 * that began this hour and is still booked or checked in stays on it); the daily run
 * pages by key from one instant fixed at its start ({@link #evaluateAfter}).
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
		Instant from = now.truncatedTo(ChronoUnit.HOURS);
		List<UpcomingNeedling> upcoming = this.queries.upcomingNeedling(from, from.plus(HORIZON), null,
				(long) page * size, size + 1);
		return evaluateRows(now, page, size, upcoming).evaluation();
	}

	/**
	 * The next {@code size} visits of the window that starts at {@code from}, after
	 * {@code after} (by start and id; from the window's beginning when null),
	 * re-evaluated now. The daily run walks the whole window this way from one fixed
	 * instant.
	 */
	KeysetPage evaluateAfter(Instant from, @Nullable Position after, int size) {
		List<UpcomingNeedling> upcoming = this.queries.upcomingNeedling(from, windowEnd(from), after, 0, size + 1);
		return evaluateRows(this.clock.instant(), 0, size, upcoming);
	}

	/** Where a window starting at {@code from} ends. */
	static Instant windowEnd(Instant from) {
		return from.plus(HORIZON);
	}

	private KeysetPage evaluateRows(Instant now, int page, int size, List<UpcomingNeedling> upcoming) {
		boolean hasMore = upcoming.size() > size;
		List<UpcomingNeedling> rows = upcoming.subList(0, Math.min(size, upcoming.size()));
		List<AtRiskAppointment> atRisk = new ArrayList<>();
		for (UpcomingNeedling appointment : rows) {
			Decision decision = decisionNow(appointment);
			if (!decision.eligible()) {
				atRisk.add(new AtRiskAppointment(appointment.id(), appointment.patientId(), appointment.therapistId(),
						appointment.clinicId(), appointment.startsAt(), appointment.zoneId(), decision.reasons(),
						appointment.seriesId()));
			}
		}
		Position last = rows.isEmpty() ? null : rows.get(rows.size() - 1).position();
		return new KeysetPage(new Evaluation(now, page, size, rows.size(), hasMore, List.copyOf(atRisk)), last);
	}

	private Decision decisionNow(UpcomingNeedling appointment) {
		return this.needling.decide(this.needling.askInTurn(appointment.patientId(), appointment.therapistId(),
				appointment.state(), appointment.zoneId(), appointment.startsAt()));
	}

	/**
	 * An evaluated page and the key it ended at, where the next page starts.
	 *
	 * @param evaluation the page
	 * @param last its last visit's key; null when it was empty
	 */
	record KeysetPage(Evaluation evaluation, @Nullable Position last) {
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
