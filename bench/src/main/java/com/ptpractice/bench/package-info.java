/**
 * The load generator of {@code scripts/bench.sh}: an open-model harness on the JDK's HTTP
 * client that measures the running stack against the targets of issue 8. Not a test: it
 * reports which targets hold and never fails a build.
 */
@NullMarked
package com.ptpractice.bench;

import org.jspecify.annotations.NullMarked;
