package com.ptpractice.needling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web front end explains each refusal in its own words, keyed by these codes: a code
 * without words there fails here.
 */
class WebWordsTests {

	private static final Path PROBLEM_WORDS = Path.of("..", "web", "src", "problems.ts");

	@Test
	void everyReasonCodeHasWordsInTheWebFrontEnd() throws IOException {
		String words = Files.readString(PROBLEM_WORDS);
		List<String> missing = Arrays.stream(ReasonCode.values())
			.map(ReasonCode::name)
			.filter((code) -> !words.contains("  " + code + ": { what: "))
			.toList();

		assertThat(missing).as("reason codes without words in " + PROBLEM_WORDS).isEmpty();
	}

}
