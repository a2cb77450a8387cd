package com.ptpractice.common.test;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the data source of every test context marked {@link PostgresTest} at a fresh
 * database, before any bean (or container) exists: the service connects as the database's
 * service role, Flyway as its owner.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	/** The name of the property source that points a context at its test database. */
	static final String PROPERTY_SOURCE = "postgresTestDatabase";

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotation<PostgresTest> annotation = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.get(PostgresTest.class);
		return annotation.isPresent() ? new PostgresContextCustomizer(annotation.getString("value")) : null;
	}

	private record PostgresContextCustomizer(String name) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			PostgresTestDatabases.TestDatabase database = PostgresTestDatabases.forName(this.name);
			// the service runs as its own role; Flyway migrates as the owner (the
			// separate
			// Flyway credentials of a deployment)
			Map<String, Object> properties = Map.of("spring.datasource.url", database.url(),
					"spring.datasource.username", database.service().name(), "spring.datasource.password",
					database.service().password(), "spring.flyway.user", database.owner().name(),
					"spring.flyway.password", database.owner().password(),
					// a cached context keeps its pool: idle connections of many contexts
					// (and
					// test JVMs) would take the server's slots, which a role that is no
					// superuser cannot go beyond; the pool still grows to its maximum on
					// demand
					"spring.datasource.hikari.minimum-idle", "1");
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
		}

	}

}
