/**
 * Token checks and role mapping shared by every service and the gateway.
 */
@NullMarked
package com.ptpractice.common.security;

import org.jspecify.annotations.NullMarked;
