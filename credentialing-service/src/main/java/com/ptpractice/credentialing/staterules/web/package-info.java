/**
 * State rules and the unsettled-state policy over HTTP.
 */
@NullMarked
package com.ptpractice.credentialing.staterules.web;

import org.jspecify.annotations.NullMarked;
