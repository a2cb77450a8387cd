/**
 * The prior-evaluation part of the needling decision, for the gateway's guard.
 */
@NullMarked
package com.ptpractice.scheduling.needling.web;

import org.jspecify.annotations.NullMarked;
