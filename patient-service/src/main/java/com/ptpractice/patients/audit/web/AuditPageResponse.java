package com.ptpractice.patients.audit.web;

import java.util.List;

import com.ptpractice.patients.audit.AccessLogEntry;

import org.springframework.data.domain.Page;

/**
 * One page of the PHI access log, newest first.
 *
 * @param items the entries on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements how many entries match in all
 */
record AuditPageResponse(List<AuditEntryResponse> items, int page, int size, long totalElements) {

	static AuditPageResponse of(Page<AccessLogEntry> page) {
		return new AuditPageResponse(page.getContent().stream().map(AuditEntryResponse::of).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements());
	}

}
