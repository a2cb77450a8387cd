/**
 * Plans of care: a series of visits booked in one request, each occurrence placed in the
 * clinic's local time, checked and (for needling types) decided at its own instant, and
 * the series' lifecycle (see it, move future occurrences, cancel from one on).
 */
@NullMarked
package com.ptpractice.scheduling.series;

import org.jspecify.annotations.NullMarked;
