package com.ptpractice.patients.screening;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dry-needling contraindication screening: every contraindication answered, when, and
 * by whom. Screenings are never changed; a new one supersedes the last, and a mistake is
 * corrected by a new record that points at the one it corrects.
 */
@Table("screening")
public class Screening {

	@Id
	private final UUID id;

	private final UUID patientId;

	private final Instant recordedAt;

	private final String recordedBy;

	private final Instant screenedAt;

	private final @Nullable UUID correctsId;

	private final @Nullable String correctionReason;

	@MappedCollection(idColumn = "screening_id")
	private final Set<ScreeningAnswer> answers;

	@PersistenceCreator
	Screening(UUID id, UUID patientId, Instant recordedAt, String recordedBy, Instant screenedAt,
			@Nullable UUID correctsId, @Nullable String correctionReason, Set<ScreeningAnswer> answers) {
		this.id = id;
		this.patientId = patientId;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
		this.screenedAt = screenedAt;
		this.correctsId = correctsId;
		this.correctionReason = correctionReason;
		this.answers = Set.copyOf(answers);
	}

	/**
	 * A new screening.
	 * @throws IncompleteScreening unless every contraindication is answered exactly once
	 */
	static Screening record(UUID patientId, List<ScreeningAnswer> answers, String recordedBy, Instant recordedAt) {
		requireEveryContraindicationOnce(answers);
		return new Screening(UUID.randomUUID(), patientId, recordedAt, recordedBy, recordedAt, null, null,
				Set.copyOf(answers));
	}

	/**
	 * A correction of this screening: a new record with the right answers that points at
	 * this one and says why. It keeps this screening's {@link #screenedAt()}: correcting
	 * a mistake does not screen the patient again. Clearances of this screening do not
	 * carry over; a therapist clears what the correction flags.
	 * @throws IncompleteScreening unless every contraindication is answered exactly once
	 */
	Screening correct(List<ScreeningAnswer> answers, String reason, String correctedBy, Instant correctedAt) {
		requireEveryContraindicationOnce(answers);
		return new Screening(UUID.randomUUID(), this.patientId, correctedAt, correctedBy, this.screenedAt, this.id,
				reason.strip(), Set.copyOf(answers));
	}

	/**
	 * A therapist's clearance of some of the flagged contraindications.
	 * @throws ContraindicationsNotFlagged when one of them was not flagged
	 */
	Clearance clear(Set<Contraindication> contraindications, String note, String clearedBy, Instant clearedAt) {
		requireFlagged(contraindications);
		return Clearance.of(this.id, contraindications, note, clearedBy, clearedAt, null);
	}

	/**
	 * A correction of one of this screening's clearances: what it should have cleared
	 * (nothing, to withdraw it), with the reasoning. It replaces the corrected clearance
	 * from the moment it is recorded.
	 * @throws ContraindicationsNotFlagged when one of them was not flagged
	 */
	Clearance correctClearance(Clearance corrected, Set<Contraindication> contraindications, String note,
			String correctedBy, Instant correctedAt) {
		requireFlagged(contraindications);
		return Clearance.of(this.id, contraindications, note, correctedBy, correctedAt, corrected.id());
	}

	private void requireFlagged(Set<Contraindication> contraindications) {
		Set<Contraindication> notFlagged = EnumSet.noneOf(Contraindication.class);
		notFlagged.addAll(contraindications);
		notFlagged.removeAll(flagged());
		if (!notFlagged.isEmpty()) {
			throw new ContraindicationsNotFlagged(notFlagged);
		}
	}

	public Set<Contraindication> flagged() {
		return this.answers.stream()
			.filter(ScreeningAnswer::present)
			.map(ScreeningAnswer::contraindication)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Contraindication.class)));
	}

	public UUID id() {
		return this.id;
	}

	public UUID patientId() {
		return this.patientId;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	/** When the patient was screened; a correction keeps the corrected screening's. */
	public Instant screenedAt() {
		return this.screenedAt;
	}

	/** The screening this one corrects, if it is a correction. */
	public @Nullable UUID correctsId() {
		return this.correctsId;
	}

	/** Why this correction was made, if it is one. */
	public @Nullable String correctionReason() {
		return this.correctionReason;
	}

	/** The answers in the order of {@link Contraindication}. */
	public List<ScreeningAnswer> answers() {
		return this.answers.stream().sorted(Comparator.comparing(ScreeningAnswer::contraindication)).toList();
	}

	private static void requireEveryContraindicationOnce(Collection<ScreeningAnswer> answers) {
		EnumSet<Contraindication> seen = EnumSet.noneOf(Contraindication.class);
		Set<Contraindication> repeated = EnumSet.noneOf(Contraindication.class);
		for (ScreeningAnswer answer : answers) {
			if (!seen.add(answer.contraindication())) {
				repeated.add(answer.contraindication());
			}
		}
		Set<Contraindication> missing = EnumSet.complementOf(seen);
		if (!missing.isEmpty() || !repeated.isEmpty()) {
			throw new IncompleteScreening(missing, repeated);
		}
	}

	@Override
	public String toString() {
		return "Screening[id=" + this.id + "]";
	}

}
