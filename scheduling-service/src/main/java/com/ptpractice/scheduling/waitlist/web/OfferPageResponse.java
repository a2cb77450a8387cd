package com.ptpractice.scheduling.waitlist.web;

import java.util.List;

/**
 * One page of the offers holding a slot now, the soonest to lapse first.
 *
 * @param content the offers on this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param totalElements offers holding a slot now
 * @param totalPages number of pages
 */
record OfferPageResponse(List<OfferResponse> content, int page, int size, long totalElements, int totalPages) {

	static OfferPageResponse of(List<OfferResponse> content, int page, int size, long total) {
		return new OfferPageResponse(content, page, size, total, (int) ((total + size - 1) / size));
	}

}
