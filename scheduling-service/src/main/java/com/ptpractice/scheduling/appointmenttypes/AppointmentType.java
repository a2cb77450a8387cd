package com.ptpractice.scheduling.appointmenttypes;

import java.time.Duration;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A kind of visit that can be booked, with its length and whether it involves dry
 * needling (which brings the needling rule into play).
 */
@Table("appointment_type")
public class AppointmentType {

	@Id
	private final UUID id;

	private final String code;

	private final String name;

	private final int durationMinutes;

	private final boolean involvesDryNeedling;

	private final boolean active;

	@Version
	private final int version;

	AppointmentType(UUID id, String code, String name, int durationMinutes, boolean involvesDryNeedling, boolean active,
			int version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.durationMinutes = durationMinutes;
		this.involvesDryNeedling = involvesDryNeedling;
		this.active = active;
		this.version = version;
	}

	/**
	 * A new, active type; {@code code} is its stable name, such as {@code DRY_NEEDLING}.
	 */
	public static AppointmentType create(String code, String name, Duration duration, boolean involvesDryNeedling) {
		return new AppointmentType(UUID.randomUUID(), code, name, Math.toIntExact(duration.toMinutes()),
				involvesDryNeedling, true, 0);
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	public boolean involvesDryNeedling() {
		return this.involvesDryNeedling;
	}

	public boolean isActive() {
		return this.active;
	}

}
