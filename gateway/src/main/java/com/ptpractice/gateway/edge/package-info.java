/**
 * Edge hygiene: rate limits on public routes, CORS, access logs without PHI.
 */
@NullMarked
package com.ptpractice.gateway.edge;

import org.jspecify.annotations.NullMarked;
