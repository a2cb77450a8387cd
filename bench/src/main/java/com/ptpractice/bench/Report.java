package com.ptpractice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.ptpractice.bench.Targets.Target;

/**
 * Writes a run as {@code <ts>.json}, a Markdown table {@code <ts>.md} (also
 * {@code latest.md}) and a latency chart {@code <ts>.svg} (also {@code latest.svg}).
 */
final class Report {

	private final String timestamp;

	private final String machine;

	private final List<StepResult> steps;

	private final Map<String, Double> figures;

	private final List<Target> targets;

	private final Map<String, Long> memory;

	Report(String timestamp, String machine, List<StepResult> steps, Map<String, Double> figures, List<Target> targets,
			Map<String, Long> memory) {
		this.timestamp = timestamp;
		this.machine = machine;
		this.steps = steps;
		this.figures = figures;
		this.targets = targets;
		this.memory = memory;
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		String name = this.timestamp.replace(":", "");
		Files.writeString(directory.resolve(name + ".json"), json());
		String markdown = markdown(name + ".svg");
		Files.writeString(directory.resolve(name + ".md"), markdown);
		Files.writeString(directory.resolve("latest.md"), markdown.replace(name + ".svg", "latest.svg"));
		String chart = Chart.svg(this.steps, this.timestamp);
		Files.writeString(directory.resolve(name + ".svg"), chart);
		Files.writeString(directory.resolve("latest.svg"), chart);
	}

	String markdown(String chartFile) {
		StringBuilder md = new StringBuilder();
		md.append("## Benchmark ").append(this.timestamp).append("\n\n");
		md.append("Machine: ").append(this.machine).append("\n\n");
		md.append("Latency in ms from each request's intended send time (open model); answered/s counts expected ")
			.append("answers only. CPU in cores (CPU seconds per second) during the step: the stack's four ")
			.append("services and Keycloak (in brackets the part their JIT compiler threads used), PostgreSQL, ")
			.append("this harness, and every other process on this shared machine.\n\n");
		md.append(
				"| step | asked/s | requests | answered/s | p50 | p95 | p99 | max | errors | CPU stack | CPU postgres ")
			.append("| CPU harness | CPU other |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
		for (StepResult step : this.steps) {
			md.append(String.format(Locale.ROOT,
					"| %s | %s | %d | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s |%n", step.title(),
					(step.targetRate() > 0) ? String.format("%.0f", step.targetRate()) : "-", step.requests(),
					(step.targetRate() > 0 || step.note().startsWith("closed"))
							? String.format("%.0f", step.throughput()) : "-",
					step.p50(), step.p95(), step.p99(), step.max(), errors(step), stackCores(step),
					cores(step, "postgres"), cores(step, "harness"), cores(step, "other")));
		}
		md.append("\n| target (issue 15) | measured | held |\n|---|---|---|\n");
		for (Target target : this.targets) {
			md.append("| ")
				.append(target.name())
				.append(" | ")
				.append(target.measured())
				.append(" | ")
				.append(target.holds() ? "held" : "**not held**")
				.append(" |\n");
		}
		String samples = errorSamples();
		if (!samples.isEmpty()) {
			md.append("\nFirst answer of each error status per step (cut to ")
				.append(OpenLoad.SAMPLE_CHARS)
				.append(" characters):\n\n")
				.append(samples);
		}
		md.append("\nResident memory (largest seen after a step), MiB: ")
			.append(this.memory.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + " " + entry.getValue())
				.collect(Collectors.joining(", ")))
			.append("\n\n![latency per step](")
			.append(chartFile)
			.append(")\n");
		return md.toString();
	}

	private String errorSamples() {
		StringBuilder md = new StringBuilder();
		for (StepResult step : this.steps) {
			step.errorSamples()
				.forEach((status, text) -> md.append("- ")
					.append(step.title())
					.append(", ")
					.append(status)
					.append(": `")
					.append(text.replace("`", "'").replace("\n", " ").replace("|", "\\|"))
					.append("`\n"));
		}
		return md.toString();
	}

	private static String errors(StepResult step) {
		if (step.errors().isEmpty()) {
			return "0";
		}
		return step.errors()
			.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + "× " + entry.getKey())
			.collect(Collectors.joining(", "));
	}

	private static String stackCores(StepResult step) {
		String jit = cores(step, ProcessWatch.STACK_JIT);
		return cores(step, "stack") + (jit.equals("-") ? "" : " (JIT " + jit + ")");
	}

	private static String cores(StepResult step, String group) {
		Double value = step.cores().get(group);
		return (value == null) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}

	String json() {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"timestamp\": ").append(quote(this.timestamp)).append(",\n");
		json.append("  \"machine\": ").append(quote(this.machine)).append(",\n");
		json.append("  \"steps\": [\n");
		json.append(this.steps.stream().map(Report::json).collect(Collectors.joining(",\n")));
		json.append("\n  ],\n  \"figures\": ").append(numbers(this.figures)).append(",\n");
		json.append("  \"targets\": [\n");
		json.append(this.targets.stream()
			.map((t) -> "    {\"target\": " + quote(t.name()) + ", \"measured\": " + quote(t.measured())
					+ ", \"holds\": " + t.holds() + "}")
			.collect(Collectors.joining(",\n")));
		json.append("\n  ],\n  \"residentMemoryMiB\": ").append(numbers(this.memory)).append("\n}\n");
		return json.toString();
	}

	private static String json(StepResult step) {
		return String.format(Locale.ROOT,
				"    {\"key\": %s, \"title\": %s, \"targetRate\": %.1f, \"requests\": %d, \"ok\": %d, "
						+ "\"throughput\": %.1f, \"p50Ms\": %s, \"p95Ms\": %s, \"p99Ms\": %s, \"maxMs\": %s, "
						+ "\"errors\": %s, \"errorSamples\": %s, \"cores\": %s, \"note\": %s}",
				quote(step.key()), quote(step.title()), step.targetRate(), step.requests(), step.ok(),
				step.throughput(), number(step.p50()), number(step.p95()), number(step.p99()), number(step.max()),
				numbers(step.errors()), texts(step.errorSamples()), numbers(step.cores()), quote(step.note()));
	}

	private static String numbers(Map<String, ? extends Number> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> quote(entry.getKey()) + ": " + number(entry.getValue().doubleValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String texts(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((entry) -> quote(entry.getKey()) + ": " + quote(entry.getValue()))
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static String number(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				default -> quoted.append((c < 0x20) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return quoted.append('"').toString();
	}

}
