/**
 * Commons Logging (the API Spring's own code logs through) bound to SLF4J so that a
 * message for a level that is off is never rendered.
 */
@NullMarked
package com.ptpractice.common.logging;

import org.jspecify.annotations.NullMarked;
