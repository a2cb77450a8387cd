/**
 * Which therapist works at which clinic on which weekly hours, and their time off.
 */
@NullMarked
package com.ptpractice.scheduling.assignments;

import org.jspecify.annotations.NullMarked;
