package com.ptpractice.credentialing.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list.
 *
 * @param <T> what the list holds
 * @param content the items of this page
 * @param page zero-based number of this page
 * @param size the most items a page holds
 * @param totalElements how many items there are in all
 * @param totalPages how many pages there are in all
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
