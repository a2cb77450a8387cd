package com.ptpractice.scheduling.waitlist.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.ptpractice.scheduling.waitlist.OfferStatus;
import com.ptpractice.scheduling.waitlist.WaitlistOffer;
import org.jspecify.annotations.Nullable;

/**
 * A freed slot offered to a waiting patient.
 *
 * @param id the offer
 * @param entryId the waitlist entry
 * @param patientId the patient
 * @param therapistId the therapist
 * @param clinicId the clinic
 * @param type appointment type code
 * @param startsAt start, with the clinic's offset
 * @param endsAt end, with the clinic's offset
 * @param zoneId the clinic's IANA zone
 * @param heldUntil the slot is held for the patient until then
 * @param status HELD, CONFIRMED, DECLINED, EXPIRED (the hold lapsed) or WITHDRAWN (the
 * entry was removed)
 * @param appointmentId the visit a confirmation booked
 * @param offeredAt when it was offered
 * @param decidedBy who confirmed, declined or withdrew it ({@code system} when it lapsed)
 * @param decidedAt when
 */
record OfferResponse(UUID id, UUID entryId, UUID patientId, UUID therapistId, UUID clinicId, String type,
		OffsetDateTime startsAt, OffsetDateTime endsAt, String zoneId, Instant heldUntil, OfferStatus status,
		@Nullable UUID appointmentId, Instant offeredAt, @Nullable String decidedBy, @Nullable Instant decidedAt) {

	static OfferResponse of(WaitlistOffer offer) {
		return new OfferResponse(offer.id(), offer.entryId(), offer.patientId(), offer.therapistId(), offer.clinicId(),
				offer.typeCode(), offer.startsAt().atZone(offer.zoneId()).toOffsetDateTime(),
				offer.endsAt().atZone(offer.zoneId()).toOffsetDateTime(), offer.zoneId().getId(), offer.heldUntil(),
				offer.status(), offer.appointmentId(), offer.offeredAt(), offer.decidedBy(), offer.decidedAt());
	}

}
