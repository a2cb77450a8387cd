package com.ptpractice.scheduling;

import java.util.List;
import java.util.UUID;

import com.ptpractice.common.test.RepositoryTransactions;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.scheduling.booking.BookingService;
import com.ptpractice.scheduling.clinics.ClinicService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.CrudRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A booking reads its clinic (and a reschedule or a visit change its appointment) before
 * its own transaction: one statement, without a read-only transaction of its own, which
 * Spring Data's {@code findById} opens ({@code BEGIN READ ONLY}, the query, a
 * {@code COMMIT} round trip), as {@link RepositoryTransactions} observes.
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

	private List<Boolean> watch(String repository, Runnable action) {
		return RepositoryTransactions.watch(this.context, action, repository).get(repository);
	}

}
