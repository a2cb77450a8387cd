package com.ptpractice.needling;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The wire format as a service's JSON mapper reads it: a usable decision, or no decision
 * at all.
 */
class DecisionWireFormatTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsTheDocumentedShape() {
		Decision decision = this.json.readValue(
				"""
						{ "eligible": false,
						  "reasons": [ { "code": "STATE_PROHIBITS_DRY_NEEDLING",
						                 "message": "California does not allow physical therapists to perform dry needling." } ],
						  "ruleVersion": "CA-2026-01-01", "evaluatedAt": "2026-12-01T17:00:00Z" }
						""",
				Decision.class);

		assertThat(decision).isEqualTo(new Decision(false,
				List.of(new Reason(ReasonCode.STATE_PROHIBITS_DRY_NEEDLING,
						"California does not allow physical therapists to perform dry needling.")),
				"CA-2026-01-01", Instant.parse("2026-12-01T17:00:00Z")));
	}

	@Test
	void readsACitation() {
		Decision decision = this.json.readValue("""
				{ "eligible": false, "evaluatedAt": "2026-12-01T17:00:00Z", "ruleVersion": "NV-2026-12-02",
				  "reasons": [ { "code": "TOO_FEW_TRAINING_HOURS", "message": "Nevada requires 150 hours.",
				                 "citation": { "ruleVersion": "NV-2026-12-02", "condition": "minimumTrainingHours",
				                               "source": "NAC 640" } } ] }
				""", Decision.class);

		assertThat(decision.reasons().get(0).citation())
			.isEqualTo(new Citation("NV-2026-12-02", "minimumTrainingHours", "NAC 640"));
	}

	@Test
	void anAnswerThatIsNotAWholeDecisionIsNoDecision() {
		String[] unusable = { "{}", "{\"eligible\": true}",
				"{\"eligible\": false, \"reasons\": [], " + "\"evaluatedAt\": \"2026-12-01T17:00:00Z\"}",
				"{\"eligible\": true, \"evaluatedAt\": \"2026-12-01T17:00:00Z\", \"reasons\": "
						+ "[{\"code\": \"CONSENT_MISSING\", \"message\": \"x\"}]}",
				"{\"eligible\": false, \"evaluatedAt\": \"2026-12-01T17:00:00Z\", \"reasons\": "
						+ "[{\"code\": \"SOMETHING_NEW\", \"message\": \"x\"}]}",
				"{\"eligible\": false, \"evaluatedAt\": \"2026-12-01T17:00:00Z\", \"reasons\": [{\"message\": \"x\"}]}",
				"{\"eligible\": false, \"evaluatedAt\": \"2026-12-01T17:00:00Z\", \"reasons\": [null]}",
				"{\"eligible\": true, \"reasons\": [], \"evaluatedAt\": \"yesterday\"}" };
		for (String body : unusable) {
			assertThatExceptionOfType(JacksonException.class).as(body)
				.isThrownBy(() -> this.json.readValue(body, Decision.class));
		}
	}

}
