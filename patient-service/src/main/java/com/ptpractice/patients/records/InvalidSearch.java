package com.ptpractice.patients.records;

import com.ptpractice.common.web.InvalidFieldException;

/**
 * A patient search whose criteria are missing or too broad: a 400 naming the parameter.
 */
public class InvalidSearch extends InvalidFieldException {

	InvalidSearch(String field, String message) {
		super(field, message);
	}

}
