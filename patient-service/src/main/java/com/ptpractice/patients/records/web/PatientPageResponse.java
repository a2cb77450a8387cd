package com.ptpractice.patients.records.web;

import java.util.List;

import com.ptpractice.patients.records.Patient;

import org.springframework.data.domain.Page;

/**
 * One page of search results, by name.
 *
 * @param items the patients on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements how many patients match in all
 */
record PatientPageResponse(List<PatientSummaryResponse> items, int page, int size, long totalElements) {

	static PatientPageResponse of(Page<Patient> page) {
		return new PatientPageResponse(page.getContent().stream().map(PatientSummaryResponse::of).toList(),
				page.getNumber(), page.getSize(), page.getTotalElements());
	}

}
