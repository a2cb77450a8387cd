/**
 * PHI access audit: who read or changed which patient's record, when, in what role. The
 * log is append-only.
 */
@NullMarked
package com.ptpractice.patients.audit;

import org.jspecify.annotations.NullMarked;
