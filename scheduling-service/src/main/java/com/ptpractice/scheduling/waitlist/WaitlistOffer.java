package com.ptpractice.scheduling.waitlist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A freed slot offered to a waiting patient, held for them until {@code heldUntil}.
 *
 * @param id the offer
 * @param entryId the waitlist entry
 * @param patientId the patient
 * @param therapistId the therapist
 * @param clinicId the clinic
 * @param zoneId the clinic's zone
 * @param typeCode the appointment type
 * @param startsAt first instant
 * @param endsAt first instant after
 * @param heldUntil the hold lapses at this instant
 * @param status where it stands; a hold lapsed by now reads as expired
 * @param appointmentId the visit a confirmation booked
 * @param offeredAt when it was made
 * @param decidedBy who confirmed or declined it ({@code system} when it lapsed)
 * @param decidedAt when
 */
public record WaitlistOffer(UUID id, UUID entryId, UUID patientId, UUID therapistId, UUID clinicId, ZoneId zoneId,
		String typeCode, Instant startsAt, Instant endsAt, Instant heldUntil, OfferStatus status,
		@Nullable UUID appointmentId, Instant offeredAt, @Nullable String decidedBy, @Nullable Instant decidedAt) {

	/** As it stands at {@code now}: a hold that lapsed reads as expired. */
	WaitlistOffer asOf(Instant now) {
		if (this.status == OfferStatus.HELD && !this.heldUntil.isAfter(now)) {
			return new WaitlistOffer(this.id, this.entryId, this.patientId, this.therapistId, this.clinicId,
					this.zoneId, this.typeCode, this.startsAt, this.endsAt, this.heldUntil, OfferStatus.EXPIRED,
					this.appointmentId, this.offeredAt, this.decidedBy, this.heldUntil);
		}
		return this;
	}

}
