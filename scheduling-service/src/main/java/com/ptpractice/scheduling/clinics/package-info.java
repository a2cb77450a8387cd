/**
 * Clinics: address, state, IANA time zone and location.
 */
@NullMarked
package com.ptpractice.scheduling.clinics;

import org.jspecify.annotations.NullMarked;
