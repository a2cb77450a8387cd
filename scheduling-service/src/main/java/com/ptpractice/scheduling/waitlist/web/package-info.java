/**
 * The waitlist's HTTP API, for the front desk and practice administrators.
 */
@NullMarked
package com.ptpractice.scheduling.waitlist.web;

import org.jspecify.annotations.NullMarked;
