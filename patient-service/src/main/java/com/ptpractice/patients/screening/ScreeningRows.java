package com.ptpractice.patients.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Screenings with their answers from one statement of screening rows joined to their
 * answer rows (a screening once per answer), in the statement's order.
 */
class ScreeningRows implements ResultSetExtractor<List<Screening>> {

	@Override
	public List<Screening> extractData(ResultSet rows) throws SQLException {
		Map<UUID, Row> screenings = new LinkedHashMap<>();
		while (rows.next()) {
			UUID id = rows.getObject("id", UUID.class);
			Row screening = screenings.get(id);
			if (screening == null) {
				screening = new Row(id, rows.getObject("patient_id", UUID.class), instant(rows, "recorded_at"),
						rows.getString("recorded_by"), instant(rows, "screened_at"),
						rows.getObject("corrects_id", UUID.class), rows.getString("correction_reason"),
						new HashSet<>());
				screenings.put(id, screening);
			}
			String contraindication = rows.getString("contraindication");
			if (contraindication != null) {
				screening.answers()
					.add(new ScreeningAnswer(Contraindication.valueOf(contraindication), rows.getBoolean("present"),
							rows.getString("detail")));
			}
		}
		List<Screening> found = new ArrayList<>(screenings.size());
		for (Row row : screenings.values()) {
			found.add(new Screening(row.id(), row.patientId(), row.recordedAt(), row.recordedBy(), row.screenedAt(),
					row.correctsId(), row.correctionReason(), row.answers()));
		}
		return found;
	}

	private static Instant instant(ResultSet rows, String column) throws SQLException {
		return rows.getObject(column, OffsetDateTime.class).toInstant();
	}

	private record Row(UUID id, UUID patientId, Instant recordedAt, String recordedBy, Instant screenedAt,
			@Nullable UUID correctsId, @Nullable String correctionReason, Set<ScreeningAnswer> answers) {
	}

}
