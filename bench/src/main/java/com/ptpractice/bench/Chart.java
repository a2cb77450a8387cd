package com.ptpractice.bench;

import java.util.List;
import java.util.Locale;

/**
 * A latency chart a person can open in a browser: one row per step, bars for p50, p95 and
 * p99 on a logarithmic axis from 0.1 ms to 10 s, the answered rate beside each.
 */
final class Chart {

	private static final int LEFT = 380;

	private static final int WIDTH = 1100;

	private static final int ROW = 26;

	private static final int TOP = 60;

	private static final double MIN_MS = 0.1;

	private static final double MAX_MS = 10_000;

	private Chart() {
	}

	static String svg(List<StepResult> steps, String timestamp) {
		int height = TOP + ROW * steps.size() + 50;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
						+ "font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
				WIDTH, height));
		svg.append("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">Latency per step, ms (log scale), ")
			.append(timestamp)
			.append("</text>\n");
		svg.append("<text x=\"10\" y=\"40\" fill=\"#555\">bars: p50 (dark), p95, p99 (light); "
				+ "right: answered per second and errors</text>\n");
		int plotRight = WIDTH - 130;
		for (double tick = MIN_MS; tick <= MAX_MS; tick *= 10) {
			double x = x(tick, plotRight);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>%n",
					x, TOP - 8, x, TOP + ROW * steps.size(), x, TOP + ROW * steps.size() + 16, label(tick)));
		}
		for (int i = 0; i < steps.size(); i++) {
			StepResult step = steps.get(i);
			int y = TOP + i * ROW;
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 8,
					y + 16, escape(step.title())));
			bar(svg, step.p99(), y + 3, "#9ecae1", plotRight);
			bar(svg, step.p95(), y + 3, "#4292c6", plotRight);
			bar(svg, step.p50(), y + 3, "#08306b", plotRight);
			String rate = (step.targetRate() > 0) ? String.format(Locale.ROOT, "%.0f/s", step.throughput()) : "seq.";
			String color = (step.errorCount() > 0) ? "#c00" : "#333";
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s%s</text>%n", plotRight + 8,
					y + 16, color, rate, (step.errorCount() > 0) ? ", " + step.errorCount() + " err" : ""));
		}
		return svg.append("</svg>\n").toString();
	}

	private static void bar(StringBuilder svg, double ms, int y, String color, int plotRight) {
		if (!Double.isFinite(ms)) {
			return;
		}
		double end = x(Math.max(MIN_MS, Math.min(MAX_MS, ms)), plotRight);
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">" + "<title>%.1f ms</title></rect>%n",
				LEFT, y, Math.max(1, end - LEFT), ROW - 8, color, ms));
	}

	private static double x(double ms, int plotRight) {
		double fraction = Math.log10(ms / MIN_MS) / Math.log10(MAX_MS / MIN_MS);
		return LEFT + fraction * (plotRight - LEFT);
	}

	private static String label(double ms) {
		return (ms < 1) ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.0f", ms);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
