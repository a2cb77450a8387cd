/**
 * Dry-needling contraindication screening and therapists' clinical clearance of flagged
 * contraindications.
 */
@NullMarked
package com.ptpractice.patients.screening;

import org.jspecify.annotations.NullMarked;
