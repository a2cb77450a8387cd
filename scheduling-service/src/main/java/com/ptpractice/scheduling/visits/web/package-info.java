/**
 * HTTP adapter for the signed-in person's own visits.
 */
@NullMarked
package com.ptpractice.scheduling.visits.web;

import org.jspecify.annotations.NullMarked;
