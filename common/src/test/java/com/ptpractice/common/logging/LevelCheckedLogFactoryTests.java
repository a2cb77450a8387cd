package com.ptpractice.common.logging;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Slf4jLogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's code logs through Commons Logging with lazy messages; a level that is off must
 * not render them (Commons Logging's own SLF4J binding does).
 */
class LevelCheckedLogFactoryTests {

	private static final String NAME = "com.ptpractice.common.logging.test";

	private final Logger logger = (Logger) LoggerFactory.getLogger(NAME);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>() {

		@Override
		protected void append(ILoggingEvent event) {
			// where it was logged from, read while the logging call is still on the stack
			event.getCallerData();
			super.append(event);
		}

	};

	@BeforeEach
	void listen() {
		this.logger.setLevel(Level.INFO);
		this.logged.start();
		this.logger.addAppender(this.logged);
	}

	@AfterEach
	void stopListening() {
		this.logger.detachAppender(this.logged);
		this.logger.setLevel(null);
	}

	@Test
	void commonsLoggingFindsThisFactory() {
		assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
		assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckedLog.class);
	}

	@Test
	void aMessageBelowTheLevelIsNeverRendered() {
		Rendered message = new Rendered("matching against /api/**");
		Log log = LogFactory.getLog(NAME);
		log.trace(message);
		log.debug(message);
		log.debug(message, new IllegalStateException("ignored"));
		assertThat(message.times()).isZero();
		assertThat(this.logged.list).isEmpty();
	}

	@Test
	void aMessageAtAnEnabledLevelIsLoggedOnceNamingItsCaller() {
		Rendered message = new Rendered("clinic opened");
		IllegalStateException failure = new IllegalStateException("why");
		Log log = LogFactory.getLog(NAME);
		log.info(message);
		log.error(message, failure);
		assertThat(message.times()).isEqualTo(2);
		assertThat(this.logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.ERROR);
		assertThat(this.logged.list).extracting(ILoggingEvent::getFormattedMessage).containsOnly("clinic opened");
		assertThat(this.logged.list.get(1).getThrowableProxy().getMessage()).isEqualTo("why");
		assertThat(this.logged.list.get(0).getCallerData()[0].getClassName()).isEqualTo(getClass().getName());
	}

	@Test
	void commonsLoggingsOwnBindingRendersWhatItThenDrops() {
		// why this factory exists: the binding Commons Logging would choose by itself
		Rendered message = new Rendered("matching against /api/**");
		new Slf4jLogFactory().getInstance(NAME).debug(message);
		assertThat(message.times()).isEqualTo(1);
		assertThat(this.logged.list).isEmpty();
	}

	/** A lazy message that counts how often it was turned into text. */
	private static final class Rendered {

		private final String text;

		private final AtomicInteger times = new AtomicInteger();

		Rendered(String text) {
			this.text = text;
		}

		int times() {
			return this.times.get();
		}

		@Override
		public String toString() {
			this.times.incrementAndGet();
			return this.text;
		}

	}

}
