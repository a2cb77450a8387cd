/**
 * The dry-needling law of each state and DC as versioned rules, and the practice-wide
 * policy for states whose law is unsettled.
 */
@NullMarked
package com.ptpractice.credentialing.staterules;

import org.jspecify.annotations.NullMarked;
