/**
 * The append-only change log: who changed which therapist, credential, rule or policy,
 * when, and how it looked before and after.
 */
@NullMarked
package com.ptpractice.credentialing.audit;

import org.jspecify.annotations.NullMarked;
