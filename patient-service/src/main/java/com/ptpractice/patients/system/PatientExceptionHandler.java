package com.ptpractice.patients.system;

import java.util.List;

import com.ptpractice.common.web.ApiExceptionHandler;
import com.ptpractice.common.web.FieldError;
import com.ptpractice.common.web.Problems;
import com.ptpractice.patients.consent.ConsentAlreadyRevoked;
import com.ptpractice.patients.consent.ConsentNotFound;
import com.ptpractice.patients.records.LoginAlreadyLinked;
import com.ptpractice.patients.records.PatientNotFound;
import com.ptpractice.patients.records.PossibleDuplicatePatient;
import com.ptpractice.patients.screening.ContraindicationsNotFlagged;
import com.ptpractice.patients.screening.IncompleteScreening;
import com.ptpractice.patients.screening.ClearanceNotFound;
import com.ptpractice.patients.screening.ClearanceSuperseded;
import com.ptpractice.patients.screening.ScreeningNotFound;
import com.ptpractice.patients.screening.ScreeningSuperseded;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the patient service's exceptions to RFC 9457 problem responses. Details name ids
 * and codes, never a patient's demographics.
 */
@RestControllerAdvice
class PatientExceptionHandler extends ApiExceptionHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(PatientNotFound ex) {
		String detail = ex.concernsOwnLogin()
				? "No patient record is linked to your login. Ask the front desk to link it."
				: "There is no patient with this id.";
		return problem(HttpStatus.NOT_FOUND, "patient-not-found", "Patient not found", detail);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(PossibleDuplicatePatient ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "possible-duplicate-patient",
				"Patient may already be registered",
				"A patient with this name and birth date is already registered as " + ex.existingMrns().getFirst()
						+ ". Open that record, or register again with confirmedDifferentPerson true "
						+ "if this is someone else.");
		problem.setProperty("existingMrn", ex.existingMrns().getFirst());
		problem.setProperty("existingMrns", ex.existingMrns());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(LoginAlreadyLinked ex) {
		return problem(HttpStatus.CONFLICT, "login-already-linked", "Login already linked",
				"This login is linked to another patient's record. Unlink it from that record first.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(IncompleteScreening ex) {
		return invalid("answers", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ContraindicationsNotFlagged ex) {
		return invalid("contraindications", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ScreeningNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "screening-not-found", "Screening not found",
				"This patient has no screening with this id.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ScreeningSuperseded ex) {
		return problem(HttpStatus.CONFLICT, "screening-superseded", "Screening superseded",
				"A later screening or a correction replaced this one. Clear or correct the patient's latest screening.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ClearanceNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "clearance-not-found", "Clearance not found",
				"This screening has no clearance with this id.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ClearanceSuperseded ex) {
		return problem(HttpStatus.CONFLICT, "clearance-superseded", "Clearance corrected already",
				"This clearance has been corrected already. Correct its latest correction instead.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ConsentNotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "consent-not-found", "Consent not found",
				"This patient has no consent with this id.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> handle(ConsentAlreadyRevoked ex) {
		return problem(HttpStatus.CONFLICT, "consent-already-revoked", "Consent already revoked",
				"This consent was revoked before. Record a new consent if the patient signs again.");
	}

	private static ResponseEntity<ProblemDetail> invalid(String field, String message) {
		return ResponseEntity.badRequest().body(badRequestProblem(List.of(new FieldError(field, message))));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
		return ResponseEntity.status(status).body(Problems.of(status, slug, title, detail));
	}

}
