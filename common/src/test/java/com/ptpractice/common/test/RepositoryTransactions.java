package com.ptpractice.common.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether Spring Data repositories' queries run inside a transaction. Spring Data opens a
 * read-only transaction of its own around the reads it implements ({@code findById},
 * {@code findAllById}, {@code count}: {@code BEGIN READ ONLY}, the query, a
 * {@code COMMIT} round trip) unless a transaction is active or the method says otherwise;
 * derived queries open none. Observed where the query runs: just inside each repository
 * proxy's transaction advice.
 */
public final class RepositoryTransactions {

	private RepositoryTransactions() {
	}

	/**
	 * Runs the action and answers, per repository bean named, whether a transaction was
	 * active at each of its calls, in order.
	 */
	public static Map<String, List<Boolean>> watch(ApplicationContext context, Runnable action,
			String... repositories) {
		return observe(context, action, TransactionSynchronizationManager::isActualTransactionActive, repositories);
	}

	/**
	 * Runs the action and answers, per repository bean named, what {@code probe} saw at
	 * each of its calls, in order, just inside the repository's transaction advice.
	 */
	public static <T> Map<String, List<T>> observe(ApplicationContext context, Runnable action, Supplier<T> probe,
			String... repositories) {
		Map<String, List<T>> seen = new LinkedHashMap<>();
		Map<Advised, MethodInterceptor> observers = new LinkedHashMap<>();
		for (String repository : repositories) {
			List<T> calls = new ArrayList<>();
			seen.put(repository, calls);
			MethodInterceptor observer = (invocation) -> {
				calls.add(probe.get());
				return invocation.proceed();
			};
			Advised proxy = (Advised) context.getBean(repository);
			proxy.addAdvice(transactionAdvice(proxy) + 1, observer);
			observers.put(proxy, observer);
		}
		try {
			action.run();
		}
		finally {
			observers.forEach(Advised::removeAdvice);
		}
		return seen;
	}

	private static int transactionAdvice(Advised proxy) {
		Advisor[] advisors = proxy.getAdvisors();
		return IntStream.range(0, advisors.length)
			.filter((index) -> advisors[index].getAdvice() instanceof TransactionInterceptor)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no transaction advice on " + proxy));
	}

}
