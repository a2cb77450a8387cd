/**
 * Therapists: NPI, names, contact, whether they work, and the login that is theirs.
 */
@NullMarked
package com.ptpractice.credentialing.therapists;

import org.jspecify.annotations.NullMarked;
