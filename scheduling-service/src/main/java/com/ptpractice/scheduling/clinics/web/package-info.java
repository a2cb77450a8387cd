/**
 * HTTP adapter for clinics.
 */
@NullMarked
package com.ptpractice.scheduling.clinics.web;

import org.jspecify.annotations.NullMarked;
