/**
 * Domain failures every feature may raise, mapped to problem responses in one place.
 */
@NullMarked
package com.ptpractice.scheduling.problems;

import org.jspecify.annotations.NullMarked;
