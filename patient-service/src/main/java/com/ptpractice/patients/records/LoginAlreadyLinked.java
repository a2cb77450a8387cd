package com.ptpractice.patients.records;

/**
 * The login is already linked to another patient's record.
 */
public class LoginAlreadyLinked extends RuntimeException {

	LoginAlreadyLinked() {
		super("This login is linked to another patient");
	}

}
