/**
 * Free slots for an appointment type across clinics, generated in each clinic's zone.
 */
@NullMarked
package com.ptpractice.scheduling.availability;

import org.jspecify.annotations.NullMarked;
