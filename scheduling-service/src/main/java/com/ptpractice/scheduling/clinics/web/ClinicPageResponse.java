package com.ptpractice.scheduling.clinics.web;

import java.util.List;

import com.ptpractice.scheduling.clinics.Clinic;

import org.springframework.data.domain.Page;

/**
 * One page of clinics.
 *
 * @param content the clinics on this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements clinics matching in all pages
 * @param totalPages number of pages
 */
record ClinicPageResponse(List<ClinicResponse> content, int page, int size, long totalElements, int totalPages) {

	static ClinicPageResponse of(Page<Clinic> page) {
		return new ClinicPageResponse(page.getContent().stream().map(ClinicResponse::of).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

}
