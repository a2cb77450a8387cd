/**
 * Test support shared by the services: a real PostgreSQL for integration tests, the
 * contract every service keeps, a stand-in token issuer, and the extreme-input sweep of
 * every endpoint ({@link com.ptpractice.common.test.ExtremeInputs}).
 */
@NullMarked
package com.ptpractice.common.test;

import org.jspecify.annotations.NullMarked;
