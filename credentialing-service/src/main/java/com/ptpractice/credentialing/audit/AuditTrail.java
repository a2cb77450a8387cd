package com.ptpractice.credentialing.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import com.ptpractice.credentialing.shared.Actors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only log of changes. Each feature records its change in the transaction that
 * makes it, so a change is never kept without its entry, nor an entry without its change.
 * The table refuses updates and deletes.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change made by the current caller.
	 * @param before how the record looked before, null when it is new
	 * @param after how it looks now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditSubject subject, Object subjectId, String action, @Nullable Object before,
			@Nullable Object after) {
		this.jdbc
			.sql("""
					INSERT INTO audit_entry (occurred_at, actor, actor_name, subject, subject_id, action, before, after)
					VALUES (:at, :actor, :actorName, :subject, :subjectId, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))
					""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", Actors.current())
			.param("actorName", Actors.currentName())
			.param("subject", subject.name())
			.param("subjectId", subjectId.toString())
			.param("action", action)
			.param("before", toJson(before))
			.param("after", toJson(after))
			.update();
	}

	/** The entries, newest first, optionally only those of one subject or record. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> entries(@Nullable AuditSubject subject, @Nullable String subjectId, Pageable pageable) {
		String where = """
				WHERE (CAST(:subject AS text) IS NULL OR subject = :subject)
				  AND (CAST(:subjectId AS text) IS NULL OR subject_id = :subjectId)
				""";
		String subjectName = (subject != null) ? subject.name() : null;
		long total = this.jdbc.sql("SELECT count(*) FROM audit_entry " + where)
			.param("subject", subjectName)
			.param("subjectId", subjectId)
			.query(Long.class)
			.single();
		List<AuditEntry> page = this.jdbc
			.sql("SELECT * FROM audit_entry " + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("subject", subjectName)
			.param("subjectId", subjectId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(this::entry)
			.list();
		return new PageImpl<>(page, pageable, total);
	}

	private AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				row.getString("actor_name"), AuditSubject.valueOf(row.getString("subject")),
				row.getString("subject_id"), row.getString("action"), fromJson(row.getString("before")),
				fromJson(row.getString("after")));
	}

	private @Nullable String toJson(@Nullable Object value) {
		return (value != null) ? this.json.writeValueAsString(value) : null;
	}

	private @Nullable JsonNode fromJson(@Nullable String value) {
		return (value != null) ? this.json.readTree(value) : null;
	}

}
