/**
 * HTTP API of patient records.
 */
@NullMarked
package com.ptpractice.patients.records.web;

import org.jspecify.annotations.NullMarked;
