/**
 * Appointment types: what can be booked, for how long, and whether it involves dry
 * needling.
 */
@NullMarked
package com.ptpractice.scheduling.appointmenttypes;

import org.jspecify.annotations.NullMarked;
