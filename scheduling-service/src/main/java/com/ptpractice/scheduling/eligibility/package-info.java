/**
 * What the credentialing and patient services decide about dry needling and therapists,
 * behind thin clients that fail closed.
 */
@NullMarked
package com.ptpractice.scheduling.eligibility;

import org.jspecify.annotations.NullMarked;
