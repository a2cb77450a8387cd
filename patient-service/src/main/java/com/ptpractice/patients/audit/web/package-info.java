/**
 * The practice administrator's view of the PHI access log.
 */
@NullMarked
package com.ptpractice.patients.audit.web;

import org.jspecify.annotations.NullMarked;
