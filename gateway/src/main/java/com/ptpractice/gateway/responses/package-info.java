/**
 * Small JSON answers the gateway writes itself, outside any controller: problem+json for
 * the security chain and the browser session, plain JSON for the session's own endpoints.
 */
@NullMarked
package com.ptpractice.gateway.responses;

import org.jspecify.annotations.NullMarked;
