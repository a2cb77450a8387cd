package com.ptpractice.patients.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every access to a patient's record, in the transaction of the access itself: if
 * the access is rolled back, so is its entry, and an access cannot commit without one.
 * <p>
 * An access that changes the record commits as every transaction does: PostgreSQL answers
 * the commit once its WAL is on disk. A read writes nothing but its entry, and its
 * transaction commits without that wait ({@link #recordRead}): the entry is visible at
 * once and survives a crash of the service, and only a crash of PostgreSQL itself within
 * a fraction of a second (three times {@code wal_writer_delay}, 0.6 s by default) could
 * lose it. On this project's machine the wait was 3.2 ms of the 3.4 ms a one-row commit
 * took, and a needling booking through the gateway makes two readiness reads one after
 * the other (docs/performance.md).
 */
@Service
public class PhiAccessLog {

	// SET LOCAL: for this transaction only, the pooled connection keeps the default
	private static final String COMMIT_WITHOUT_FLUSH_WAIT = "SET LOCAL synchronous_commit TO off";

	private static final String INSERT_ENTRY = """
			INSERT INTO phi_access_log (occurred_at, patient_id, actor_subject, actor_role, client_id, action)
			VALUES (:occurredAt, :patientId, :actorSubject, :actorRole, :clientId, :action)""";

	private final AccessLogEntries entries;

	private final JdbcAggregateOperations aggregates;

	private final Clock clock;

	private final JdbcClient jdbc;

	PhiAccessLog(AccessLogEntries entries, JdbcAggregateOperations aggregates, Clock clock, JdbcClient jdbc) {
		this.entries = entries;
		this.aggregates = aggregates;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID patientId, Actor actor, AuditAction action) {
		this.entries.save(AccessLogEntry.of(patientId, actor, action, this.clock.instant()));
	}

	/**
	 * Records a read in the read's transaction, which must write nothing else: that
	 * transaction then commits without waiting for the WAL flush (see the class).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordRead(UUID patientId, Actor actor, AuditAction action) {
		// one round trip: the driver sends both statements before waiting for an answer
		this.jdbc.sql(COMMIT_WITHOUT_FLUSH_WAIT + ";\n" + INSERT_ENTRY)
			.param("occurredAt", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("patientId", patientId)
			.param("actorSubject", actor.subject())
			.param("actorRole", actor.rolesForAudit())
			.param("clientId", actor.clientId())
			.param("action", action.name())
			.update();
	}

	/** Records each of a read's results, as {@link #recordRead}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordEachRead(Collection<UUID> patientIds, Actor actor, AuditAction action) {
		commitWithoutFlushWait();
		recordEach(patientIds, actor, action);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void recordEach(Collection<UUID> patientIds, Actor actor, AuditAction action) {
		List<AccessLogEntry> batch = patientIds.stream()
			.map((patientId) -> AccessLogEntry.of(patientId, actor, action, this.clock.instant()))
			.toList();
		this.entries.saveAll(batch);
	}

	private void commitWithoutFlushWait() {
		this.jdbc.sql(COMMIT_WITHOUT_FLUSH_WAIT).update();
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
