/**
 * HTTP adapter for the at-risk list.
 */
@NullMarked
package com.ptpractice.scheduling.atrisk.web;

import org.jspecify.annotations.NullMarked;
