/**
 * Whether a therapist may perform dry needling in a state at an appointment's start: the
 * pure decision and the loading around it.
 */
@NullMarked
package com.ptpractice.credentialing.eligibility;

import org.jspecify.annotations.NullMarked;
