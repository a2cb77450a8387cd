package com.ptpractice.gateway.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnToTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/#/desk", "/#/patients?name=x", "/index.html#/admin" })
	void pathsOnThisSiteAreKept(String target) {
		assertThat(ReturnTo.safe(target)).isEqualTo(target);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "desk", "https://evil.example/", "//evil.example", "///evil.example",
			"/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/\tevil", "/ /evil", "http:/evil" })
	void anythingElseLandsHome(String target) {
		assertThat(ReturnTo.safe(target)).isEqualTo("/");
	}

	@ParameterizedTest
	@ValueSource(ints = { 513, 4096 })
	void overlongTargetsLandHome(int length) {
		assertThat(ReturnTo.safe("/" + "a".repeat(length))).isEqualTo("/");
	}

}
