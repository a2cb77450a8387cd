/**
 * HTTP adapter for the public clinic finder (no login).
 */
@NullMarked
package com.ptpractice.scheduling.finder.web;

import org.jspecify.annotations.NullMarked;
