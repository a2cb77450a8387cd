/**
 * Cross-cutting configuration of the scheduling service.
 */
@NullMarked
package com.ptpractice.scheduling.system;

import org.jspecify.annotations.NullMarked;
