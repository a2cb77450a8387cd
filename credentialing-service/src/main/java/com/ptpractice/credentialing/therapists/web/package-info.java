/**
 * Therapists over HTTP.
 */
@NullMarked
package com.ptpractice.credentialing.therapists.web;

import org.jspecify.annotations.NullMarked;
