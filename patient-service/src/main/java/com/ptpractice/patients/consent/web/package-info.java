/**
 * HTTP API of consents.
 */
@NullMarked
package com.ptpractice.patients.consent.web;

import org.jspecify.annotations.NullMarked;
