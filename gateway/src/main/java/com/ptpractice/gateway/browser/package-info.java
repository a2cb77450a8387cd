/**
 * The gateway as the browser's backend: sign-in with Keycloak (authorization code with
 * PKCE) into a server-side session, the session's access token relayed to the services,
 * CSRF protection for the session's state-changing calls, and sign-out.
 */
@NullMarked
package com.ptpractice.gateway.browser;

import org.jspecify.annotations.NullMarked;
