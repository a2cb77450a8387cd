/**
 * Test support shared by the services: a real PostgreSQL for integration tests.
 */
@NullMarked
package com.ptpractice.common.test;

import org.jspecify.annotations.NullMarked;
