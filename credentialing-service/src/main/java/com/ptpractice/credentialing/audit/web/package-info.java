/**
 * The audit log over HTTP, for credentialing administrators.
 */
@NullMarked
package com.ptpractice.credentialing.audit.web;

import org.jspecify.annotations.NullMarked;
