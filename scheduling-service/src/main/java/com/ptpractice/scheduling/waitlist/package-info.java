/**
 * The waitlist: patients waiting for an earlier visit, and the offers that hold time a
 * cancellation or a reschedule freed for one of them at a time, in the order they asked.
 */
@NullMarked
package com.ptpractice.scheduling.waitlist;

import org.jspecify.annotations.NullMarked;
