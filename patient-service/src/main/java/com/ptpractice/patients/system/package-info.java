/**
 * Cross-cutting configuration of the patient service.
 */
@NullMarked
package com.ptpractice.patients.system;

import org.jspecify.annotations.NullMarked;
