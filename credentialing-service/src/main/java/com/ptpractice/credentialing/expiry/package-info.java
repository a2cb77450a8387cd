/**
 * The expiry watch: what expires soon or has expired, when each therapist's needling
 * eligibility lapses, and the daily record of it.
 */
@NullMarked
package com.ptpractice.credentialing.expiry;

import org.jspecify.annotations.NullMarked;
