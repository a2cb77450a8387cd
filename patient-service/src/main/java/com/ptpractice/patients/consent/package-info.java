/**
 * Informed consent for dry needling: signing, revocation and the full history.
 */
@NullMarked
package com.ptpractice.patients.consent;

import org.jspecify.annotations.NullMarked;
