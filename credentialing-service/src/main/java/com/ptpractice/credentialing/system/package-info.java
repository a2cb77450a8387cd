/**
 * Cross-cutting configuration of the credentialing service.
 */
@NullMarked
package com.ptpractice.credentialing.system;

import org.jspecify.annotations.NullMarked;
