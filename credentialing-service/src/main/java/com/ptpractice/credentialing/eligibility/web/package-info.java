/**
 * Eligibility decisions over HTTP, for staff and the platform's services.
 */
@NullMarked
package com.ptpractice.credentialing.eligibility.web;

import org.jspecify.annotations.NullMarked;
