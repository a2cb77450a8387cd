package com.ptpractice.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times in JSON as the API documents them: ISO-8601 text, never a number of
 * seconds or an array of fields, and within {@link ClientTimes}' years. Jackson's own
 * readers still parse (and honour {@code @JsonFormat}); these only refuse what they would
 * otherwise accept, so a body with year -999999999 or {@code "startsAt": 1764583200} is a
 * 400 naming the property.
 */
public class BoundedTimesModule extends SimpleModule {

	public BoundedTimesModule() {
		super(BoundedTimesModule.class.getSimpleName());
		bound(Instant.class, InstantDeserializer.INSTANT);
		bound(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
		bound(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME);
		bound(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE);
		bound(LocalDate.class, LocalDateDeserializer.INSTANCE);
		bound(LocalTime.class, LocalTimeDeserializer.INSTANCE);
	}

	@SuppressWarnings("unchecked")
	private <T> void bound(Class<T> type, ValueDeserializer<? extends T> reader) {
		addDeserializer(type, (ValueDeserializer<T>) new TextWithinRange(reader));
	}

	/**
	 * Accepts text only, and a value within range.
	 */
	static final class TextWithinRange extends DelegatingDeserializer {

		TextWithinRange(ValueDeserializer<?> reader) {
			super(reader);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
			return new TextWithinRange(reader);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.reportInputMismatch(this, "Expected ISO-8601 text for %s, got %s",
						handledType().getSimpleName(), parser.currentToken());
			}
			return ClientTimes.requireInRange(super.deserialize(parser, context));
		}

	}

}
