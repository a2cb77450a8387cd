/**
 * The series API.
 */
@NullMarked
package com.ptpractice.scheduling.series.web;

import org.jspecify.annotations.NullMarked;
