package com.ptpractice.patients.records;

/**
 * Administrative sex, as registration and billing record it.
 */
public enum AdministrativeSex {

	FEMALE, MALE, OTHER, UNKNOWN

}
