package com.ptpractice.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.clinics.ClinicService;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A booking reads its clinic (and a reschedule or a visit change its appointment) before
 * its own transaction: one statement, without a read-only transaction of its own, which
 * Spring Data's {@code findById} opens ({@code BEGIN READ ONLY}, the query, a
 * {@code COMMIT} round trip). Observed where the repository's query runs: inside its
 * transaction advice, whether a transaction is active.
 */
class RepositoryReadsIntegrationTests extends ApiIntegrationTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	ClinicService clinics;

	@Autowired
	BookingService bookings;

	@Test
	void theClinicOfABookingIsReadWithoutATransactionOfItsOwn() {
		List<Boolean> inTransaction = watch("clinics", () -> assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.clinics.get(UUID.randomUUID())));
		assertThat(inTransaction).containsExactly(false);
	}

	@Test
	void theAppointmentOfAChangeIsReadWithoutATransactionOfItsOwn() {
		List<Boolean> inTransaction = watch("appointments", () -> assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.bookings.get(UUID.randomUUID())));
		assertThat(inTransaction).containsExactly(false);
	}

	@Test
	void springDatasOtherReadsStillOpenATransactionOfTheirOwn() {
		// what the two tests above saw before: the watch does see such a transaction
		CrudRepository<?, ?> repository = (CrudRepository<?, ?>) this.context.getBean("clinics");
		List<Boolean> inTransaction = watch("clinics", repository::count);
		assertThat(inTransaction).containsExactly(true);
	}

	/**
	 * Runs the action with an interceptor just inside the repository's transaction
	 * advice, and answers, for each repository call, whether a transaction was active.
	 */
	private List<Boolean> watch(String repository, Runnable action) {
		Advised proxy = (Advised) this.context.getBean(repository);
		Advisor[] advisors = proxy.getAdvisors();
		int transactions = IntStream.range(0, advisors.length)
			.filter((index) -> advisors[index].getAdvice() instanceof TransactionInterceptor)
			.findFirst()
			.orElseThrow();
		List<Boolean> seen = new ArrayList<>();
		MethodInterceptor observer = (invocation) -> {
			seen.add(TransactionSynchronizationManager.isActualTransactionActive());
			return invocation.proceed();
		};
		proxy.addAdvice(transactions + 1, observer);
		try {
			action.run();
		}
		finally {
			proxy.removeAdvice(observer);
		}
		return seen;
	}

}
