package com.ptpractice.credentialing.therapists.web;

import java.util.List;
import java.util.UUID;

import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.credentialing.shared.Access;
import com.ptpractice.credentialing.shared.PageResponse;
import com.ptpractice.credentialing.therapists.Therapist;
import com.ptpractice.credentialing.therapists.TherapistRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Therapists: credentialing administrators register and update them; front desks,
 * practice administrators and the platform's services read them; a therapist reads their
 * own record.
 */
@RestController
@RequestMapping("/therapists")
class TherapistController {

	private final TherapistRegistry registry;

	TherapistController(TherapistRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@PreAuthorize(Access.ADMIN)
	ResponseEntity<TherapistResponse> register(@Valid @RequestBody TherapistRequest request) {
		Therapist therapist = this.registry.register(request.details());
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(therapist.id()))
			.body(TherapistResponse.of(therapist));
	}

	@GetMapping
	@PreAuthorize(Access.STAFF_OR_SERVICE)
	PageResponse<TherapistResponse> list(@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(required = false) @Nullable @Size(max = 200) List<UUID> ids,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		if (ids != null) {
			List<TherapistResponse> named = this.registry.named(ids).stream().map(TherapistResponse::of).toList();
			return new PageResponse<>(named, 0, Math.max(named.size(), 1), named.size(), 1);
		}
		if (q != null && !q.isBlank()) {
			return PageResponse.of(this.registry.search(q, PageRequest.of(page, size)), TherapistResponse::of);
		}
		Sort byName = Sort.by("lastName", "firstName", "id");
		return PageResponse.of(this.registry.page(PageRequest.of(page, size, byName)), TherapistResponse::of);
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('THERAPIST')")
	TherapistResponse me(Authentication authentication) {
		return this.registry.findByLogin(authentication.getName())
			.map(TherapistResponse::of)
			.orElseThrow(() -> new NotFoundException("therapist linked to login", authentication.getName()));
	}

	@GetMapping("/{therapistId}")
	@PreAuthorize(Access.STAFF_SERVICE_OR_SELF)
	TherapistResponse get(@PathVariable UUID therapistId) {
		return TherapistResponse.of(this.registry.find(therapistId));
	}

	@PutMapping("/{therapistId}")
	@PreAuthorize(Access.ADMIN)
	TherapistResponse update(@PathVariable UUID therapistId, @Valid @RequestBody TherapistUpdateRequest request) {
		return TherapistResponse.of(this.registry.revise(therapistId, request.details(), request.version()));
	}

}
