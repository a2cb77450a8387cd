package com.ptpractice.scheduling.waitlist.web;

import java.util.List;

/**
 * One page of waitlist entries, in the order they were added.
 *
 * @param content the entries on this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements entries matching in all pages
 * @param totalPages number of pages
 */
record EntryPageResponse(List<EntryResponse> content, int page, int size, long totalElements, int totalPages) {

	static EntryPageResponse of(List<EntryResponse> content, int page, int size, long total) {
		return new EntryPageResponse(content, page, size, total, (int) ((total + size - 1) / size));
	}

}
