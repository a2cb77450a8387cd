package com.ptpractice.scheduling.waitlist.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.ptpractice.common.security.Roles;
import com.ptpractice.scheduling.waitlist.EntryStatus;
import com.ptpractice.scheduling.waitlist.Waitlist;
import com.ptpractice.scheduling.waitlist.WaitlistEntry;
import com.ptpractice.scheduling.waitlist.WaitlistOffers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The waitlist, for the front desk and practice administrators only: entries (add, list,
 * view, remove) and the offers that hold freed slots (list, view, confirm, decline).
 */
@RestController
class WaitlistController {

	static final String DESK = "hasAnyRole('" + Roles.FRONT_DESK + "','" + Roles.PRACTICE_ADMIN + "')";

	private final Waitlist waitlist;

	private final WaitlistOffers offers;

	WaitlistController(Waitlist waitlist, WaitlistOffers offers) {
		this.waitlist = waitlist;
		this.offers = offers;
	}

	/** Adds a patient; 409 if they already wait for the type. */
	@PostMapping("/waitlist/entries")
	@PreAuthorize(DESK)
	ResponseEntity<EntryResponse> add(@Valid @RequestBody EntryRequest request, Authentication caller) {
		WaitlistEntry entry = this.waitlist.add(request.patientId(), request.type(), request.window(),
				caller.getName());
		return ResponseEntity.created(URI.create("/waitlist/entries/" + entry.id())).body(EntryResponse.of(entry));
	}

	/** Entries in the order they were added, only those in {@code status} if given. */
	@GetMapping("/waitlist/entries")
	@PreAuthorize(DESK)
	EntryPageResponse list(@RequestParam(required = false) @Nullable EntryStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		List<EntryResponse> content = this.waitlist.page(status, page, size).stream().map(EntryResponse::of).toList();
		return EntryPageResponse.of(content, page, size, this.waitlist.count(status));
	}

	@GetMapping("/waitlist/entries/{id}")
	@PreAuthorize(DESK)
	EntryResponse get(@PathVariable UUID id) {
		return EntryResponse.of(this.waitlist.get(id));
	}

	/** The entry's offers, the latest first. */
	@GetMapping("/waitlist/entries/{id}/offers")
	@PreAuthorize(DESK)
	List<OfferResponse> offersOf(@PathVariable UUID id) {
		this.waitlist.get(id);
		return this.waitlist.offersOf(id).stream().map(OfferResponse::of).toList();
	}

	/**
	 * Takes the entry off the waitlist; a slot held for it goes to the next entry. A
	 * booked entry stays (409).
	 */
	@DeleteMapping("/waitlist/entries/{id}")
	@PreAuthorize(DESK)
	EntryResponse remove(@PathVariable UUID id, Authentication caller) {
		return EntryResponse.of(this.waitlist.remove(id, caller.getName()));
	}

	/** The offers holding a slot now, the soonest to lapse first. */
	@GetMapping("/waitlist/offers")
	@PreAuthorize(DESK)
	OfferPageResponse held(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		List<OfferResponse> content = this.offers.held(page, size).stream().map(OfferResponse::of).toList();
		return OfferPageResponse.of(content, page, size, this.offers.countHeld());
	}

	@GetMapping("/waitlist/offers/{id}")
	@PreAuthorize(DESK)
	OfferResponse offer(@PathVariable UUID id) {
		return OfferResponse.of(this.offers.get(id));
	}

	/**
	 * Books the held slot for the patient, with every rule of a booking (the needling
	 * decision included: 422 with reasons, 503 when it cannot be taken); 409 when the
	 * offer no longer holds the slot.
	 */
	@PostMapping("/waitlist/offers/{id}/confirm")
	@PreAuthorize(DESK)
	OfferResponse confirm(@PathVariable UUID id, Authentication caller) {
		return OfferResponse.of(this.offers.confirm(id, caller.getName()));
	}

	/** Declines the offer; the slot is offered to the next waiting entry. */
	@PostMapping("/waitlist/offers/{id}/decline")
	@PreAuthorize(DESK)
	OfferResponse decline(@PathVariable UUID id, Authentication caller) {
		return OfferResponse.of(this.offers.decline(id, caller.getName()));
	}

}
