/**
 * Patient records: registration with a medical record number, demographics, search, the
 * link to the patient's own login, and who may see which record.
 */
@NullMarked
package com.ptpractice.patients.records;

import org.jspecify.annotations.NullMarked;
