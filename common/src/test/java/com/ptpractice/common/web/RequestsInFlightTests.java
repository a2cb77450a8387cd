package com.ptpractice.common.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestsInFlightTests {

	private final RequestsInFlight filter = new RequestsInFlight(
			new RequestsInFlight.Settings(2, Duration.ofMillis(200)), "scheduling service");

	private final AtomicInteger served = new AtomicInteger();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void aRequestBeyondTheBoundIsRefusedWith503AndNothingBehindTheFilterRuns() throws Exception {
		CountDownLatch inside = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			inside.countDown();
			await(release);
			this.served.incrementAndGet();
		};
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> call("/a", slow),
				this.threads);
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> call("/b", slow),
				this.threads);
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

		FilterChain counted = (request, response) -> this.served.incrementAndGet();
		MockHttpServletResponse refused = call("/appointments", counted);

		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(refused.getContentAsString()).contains("\"type\":\"" + Problems.TYPE_BASE + "service-busy\"")
			.contains("\"status\":503")
			.contains("\"instance\":\"/appointments\"")
			.contains("The scheduling service is working on as many requests as it can at once")
			.contains("Nothing was changed")
			.doesNotContain("properties");
		assertThat(this.served).hasValue(0);

		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(call("/appointments", counted).getStatus()).as("turns are given back").isEqualTo(200);
		assertThat(this.served).hasValue(3);
	}

	@Test
	void aWaitingRequestGetsTheTurnOfOneThatFinishes() throws Exception {
		RequestsInFlight one = new RequestsInFlight(new RequestsInFlight.Settings(1, Duration.ofSeconds(5)),
				"patient service");
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> call(one, "/a", (request, response) -> {
				inside.countDown();
				await(release);
			}), this.threads);
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MockHttpServletResponse> waiting = CompletableFuture
			.supplyAsync(() -> call(one, "/b", (request, response) -> this.served.incrementAndGet()), this.threads);
		Thread.sleep(100);
		assertThat(waiting).isNotDone();

		release.countDown();
		assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(this.served).hasValue(1);
	}

	@Test
	void healthProbesAreAnsweredHoweverBusyTheServiceIs() throws Exception {
		RequestsInFlight none = new RequestsInFlight(new RequestsInFlight.Settings(1, Duration.ZERO),
				"credentialing service");
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> busy = CompletableFuture
			.supplyAsync(() -> call(none, "/a", (request, response) -> {
				inside.countDown();
				await(release);
			}), this.threads);
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(call(none, "/actuator/health/readiness", (request, response) -> this.served.incrementAndGet())
			.getStatus()).isEqualTo(200);
		assertThat(call(none, "/therapists", (request, response) -> this.served.incrementAndGet()).getStatus())
			.isEqualTo(503);
		assertThat(this.served).hasValue(1);
		release.countDown();
		busy.get(5, TimeUnit.SECONDS);
	}

	@Test
	void settingsThatCouldNeverAdmitOrWaitAreRefusedAtStartup() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestsInFlight.Settings(0, Duration.ofSeconds(1)))
			.withMessageContaining("max-in-flight");
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestsInFlight.Settings(4, Duration.ofSeconds(-1)))
			.withMessageContaining("queue-wait");
	}

	@Test
	void everyServletServiceGetsTheFilterFirstWithItsNameAndSettings() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RequestsInFlightAutoConfiguration.class))
			.withPropertyValues("spring.application.name=patient-service", "ptpractice.requests.max-in-flight=3")
			.run((context) -> {
				FilterRegistrationBean<?> registration = context.getBean(FilterRegistrationBean.class);
				assertThat(registration.getFilter()).isInstanceOf(RequestsInFlight.class);
				assertThat(registration.getOrder()).isEqualTo(Integer.MIN_VALUE);
				assertThat(context.getBean(RequestsInFlight.Settings.class))
					.isEqualTo(new RequestsInFlight.Settings(3, Duration.ofSeconds(1)));
			});
	}

	private MockHttpServletResponse call(String path, FilterChain chain) {
		return call(this.filter, path, chain);
	}

	private static MockHttpServletResponse call(RequestsInFlight filter, String path, FilterChain chain) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
