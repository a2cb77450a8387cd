package com.ptpractice.patients.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every access to a patient's record, in the transaction of the access itself: if
 * the access is rolled back, so is its entry, and an access cannot commit without one.
 */
@Service
public class PhiAccessLog {

	private final AccessLogEntries entries;

	private final JdbcAggregateOperations aggregates;

	private final Clock clock;

	PhiAccessLog(AccessLogEntries entries, JdbcAggregateOperations aggregates, Clock clock) {
		this.entries = entries;
		this.aggregates = aggregates;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID patientId, Actor actor, AuditAction action) {
		this.entries.save(AccessLogEntry.of(patientId, actor, action, this.clock.instant()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordEach(Collection<UUID> patientIds, Actor actor, AuditAction action) {
		List<AccessLogEntry> batch = patientIds.stream()
			.map((patientId) -> AccessLogEntry.of(patientId, actor, action, this.clock.instant()))
			.toList();
		this.entries.saveAll(batch);
	}

	/** Entries matching the query, newest first. */
	@Transactional(readOnly = true)
	public Page<AccessLogEntry> read(AuditQuery query, int page, int size) {
		PageRequest pageRequest = PageRequest.of(page, size,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return this.aggregates.findAll(Query.query(criteriaOf(query)), AccessLogEntry.class, pageRequest);
	}

	private static Criteria criteriaOf(AuditQuery query) {
		Criteria criteria = Criteria.empty();
		if (query.patientId() != null) {
			criteria = criteria.and("patientId").is(query.patientId());
		}
		if (query.from() != null) {
			criteria = criteria.and("occurredAt").greaterThanOrEquals(query.from());
		}
		if (query.to() != null) {
			criteria = criteria.and("occurredAt").lessThan(query.to());
		}
		return criteria;
	}

}
