/**
 * What therapists hold: licenses, compact privileges, dry-needling certifications and
 * state endorsements, with their verification.
 */
@NullMarked
package com.ptpractice.credentialing.credentials;

import org.jspecify.annotations.NullMarked;
