package com.ptpractice.patients.records.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The patient's own login to link to their record.
 *
 * @param subject the Keycloak user id (token subject) of the patient's login
 */
record LinkLoginRequest(@NotNull UUID subject) {

}
