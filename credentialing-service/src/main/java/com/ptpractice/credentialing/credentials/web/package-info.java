/**
 * Credentials and their verification over HTTP.
 */
@NullMarked
package com.ptpractice.credentialing.credentials.web;

import org.jspecify.annotations.NullMarked;
