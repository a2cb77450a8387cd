package com.ptpractice.common.web;

import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * {@code @DateTimeFormat} request parameters and path variables as Spring parses them,
 * refused when outside {@link ClientTimes}' years: a 400 naming the parameter instead of
 * a 500 from arithmetic or the database further in.
 */
public class BoundedDateTimeFormat implements AnnotationFormatterFactory<DateTimeFormat> {

	private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

	@Override
	public Set<Class<?>> getFieldTypes() {
		return this.standard.getFieldTypes();
	}

	@Override
	public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
		return this.standard.getPrinter(annotation, fieldType);
	}

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> parser = this.standard.getParser(annotation, fieldType);
		return (text, locale) -> ClientTimes.requireInRange(parser.parse(text, locale));
	}

}
