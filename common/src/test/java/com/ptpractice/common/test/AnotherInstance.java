package com.ptpractice.common.test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * One more instance of an application beside the one a test runs in: the same test
 * settings (the test's database, its stand-ins for Keycloak and the other services), its
 * own ports, as a second replica would be deployed. Close it when done.
 */
public final class AnotherInstance {

	private AnotherInstance() {
	}

	/**
	 * Starts the application with the settings a test added to its environment (dynamic
	 * properties, the test database).
	 * @param application the application's main class
	 * @param testEnvironment the environment of the test's own application context
	 * @param clock the clock bean named {@code clock} to use instead of the
	 * application's, or {@code null} to keep its own
	 */
	public static ConfigurableApplicationContext start(Class<?> application, ConfigurableEnvironment testEnvironment,
			@Nullable Clock clock) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
		testEnvironment.getPropertySources()
			.stream()
			.filter((source) -> source.getName().startsWith("Dynamic")
					|| source.getName().equals(PostgresContextCustomizerFactory.PROPERTY_SOURCE))
			.filter(EnumerablePropertySource.class::isInstance)
			.map(EnumerablePropertySource.class::cast)
			.forEach((source) -> {
				for (String name : source.getPropertyNames()) {
					arguments.add("--" + name + "=" + source.getProperty(name));
				}
			});
		SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
		if (clock != null) {
			builder.initializers((context) -> context.addBeanFactoryPostProcessor((beanFactory) -> {
				((BeanDefinitionRegistry) beanFactory).removeBeanDefinition("clock");
				beanFactory.registerSingleton("clock", clock);
			}));
		}
		return builder.run(arguments.toArray(String[]::new));
	}

}
