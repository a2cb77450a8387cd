/**
 * HTTP adapter for the availability search.
 */
@NullMarked
package com.ptpractice.scheduling.availability.web;

import org.jspecify.annotations.NullMarked;
