package com.ptpractice.patients.consent;

import com.ptpractice.common.web.InvalidFieldException;

/**
 * A consent form that cannot be recorded as entered: a 400 naming the field.
 */
public class InvalidConsent extends InvalidFieldException {

	InvalidConsent(String field, String message) {
		super(field, message);
	}

}
