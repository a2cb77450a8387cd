package com.ptpractice.patients.screening;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A therapist's clinical clearance of flagged contraindications of one screening, with a
 * note. It holds until the patient's next screening. A mistaken clearance is corrected by
 * a new one that points at it and clears what it should have (nothing, to withdraw it).
 */
@Table("clearance")
public class Clearance {

	@Id
	private final UUID id;

	private final UUID screeningId;

	private final String note;

	private final String clearedBy;

	private final Instant clearedAt;

	private final @Nullable UUID correctsId;

	@MappedCollection(idColumn = "clearance_id")
	private final Set<ClearedContraindication> items;

	@PersistenceCreator
	Clearance(UUID id, UUID screeningId, String note, String clearedBy, Instant clearedAt, @Nullable UUID correctsId,
			Set<ClearedContraindication> items) {
		this.id = id;
		this.screeningId = screeningId;
		this.note = note;
		this.clearedBy = clearedBy;
		this.clearedAt = clearedAt;
		this.correctsId = correctsId;
		this.items = Set.copyOf(items);
	}

	static Clearance of(UUID screeningId, Set<Contraindication> contraindications, String note, String clearedBy,
			Instant clearedAt, @Nullable UUID correctsId) {
		Set<ClearedContraindication> items = contraindications.stream()
			.map(ClearedContraindication::new)
			.collect(Collectors.toSet());
		return new Clearance(UUID.randomUUID(), screeningId, note.strip(), clearedBy, clearedAt, correctsId, items);
	}

	public UUID id() {
		return this.id;
	}

	public UUID screeningId() {
		return this.screeningId;
	}

	public String note() {
		return this.note;
	}

	public String clearedBy() {
		return this.clearedBy;
	}

	public Instant clearedAt() {
		return this.clearedAt;
	}

	/**
	 * The clearance this one corrects (and replaces from {@link #clearedAt()}), if any.
	 */
	public @Nullable UUID correctsId() {
		return this.correctsId;
	}

	public Set<Contraindication> contraindications() {
		return this.items.stream()
			.map(ClearedContraindication::contraindication)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Contraindication.class)));
	}

	@Override
	public String toString() {
		return "Clearance[id=" + this.id + "]";
	}

}
