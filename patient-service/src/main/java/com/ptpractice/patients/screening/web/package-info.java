/**
 * HTTP API of screenings and clearances.
 */
@NullMarked
package com.ptpractice.patients.screening.web;

import org.jspecify.annotations.NullMarked;
