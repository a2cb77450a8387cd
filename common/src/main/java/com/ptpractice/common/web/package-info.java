/**
 * RFC 9457 problem responses shared by every service.
 */
@NullMarked
package com.ptpractice.common.web;

import org.jspecify.annotations.NullMarked;
