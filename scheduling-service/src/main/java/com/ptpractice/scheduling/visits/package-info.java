/**
 * The signed-in person's own visits: a therapist's across clinics, a patient's own, each
 * with its clinic's address and phone and the therapist's name.
 */
@NullMarked
package com.ptpractice.scheduling.visits;

import org.jspecify.annotations.NullMarked;
