/**
 * Whether a patient is ready for dry needling at an appointment instant: a decision with
 * every failed reason.
 */
@NullMarked
package com.ptpractice.patients.readiness;

import org.jspecify.annotations.NullMarked;
