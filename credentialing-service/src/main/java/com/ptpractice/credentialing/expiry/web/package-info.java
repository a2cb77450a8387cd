/**
 * The expiry report over HTTP.
 */
@NullMarked
package com.ptpractice.credentialing.expiry.web;

import org.jspecify.annotations.NullMarked;
