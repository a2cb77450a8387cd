package com.ptpractice.patients.consent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Revocation of a consent, effective now.
 *
 * @param reason why it is revoked
 */
record RevokeConsentRequest(@NotBlank @Size(max = 500) String reason) {

}
