package com.ptpractice.credentialing.staterules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of a survey file copied from {@code shared/data} into the test resources, read
 * independently of the migrations they were seeded by: expectations for the seed.
 */
final class SurveyCsv {

	/** The January 2026 survey of the 50 states and DC: the first edition. */
	static final String FIRST_EDITION = "/dry-needling-state-rules.csv";

	/** The December 2026 survey of 17 states: the second edition. */
	static final String SECOND_EDITION = "/dry-needling-state-conditions-2026-12.csv";

	private SurveyCsv() {
	}

	/** Each row as column name to cell, in file order. */
	static List<Map<String, String>> read(String resource) {
		try (InputStream in = Objects.requireNonNull(SurveyCsv.class.getResourceAsStream(resource), resource)) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			List<String> header = parseLine(lines.get(0));
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				List<String> cells = parseLine(line);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), cells.get(i));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The row of one state. */
	static Map<String, String> row(String resource, String state) {
		return read(resource).stream()
			.filter((row) -> row.get("state").equals(state))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(state + " is not in " + resource));
	}

	private static List<String> parseLine(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
