package com.ptpractice.common.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test context against a real, fresh PostgreSQL database. The server is
 * found as {@link PostgresServer} describes; the database is created once per test JVM
 * and name, and dropped when the JVM exits. Slices that replace the data source must say
 * {@code @AutoConfigureTestDatabase(replace = NONE)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PostgresTest {

	/**
	 * Short name of the database, such as the service's; a timestamp and random suffix
	 * are added.
	 */
	String value();

}
