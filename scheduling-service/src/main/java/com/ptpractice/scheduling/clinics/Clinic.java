package com.ptpractice.scheduling.clinics;

import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A clinic of the practice: where it is (address, state, coordinates) and which IANA zone
 * its local times are in.
 */
@Table("clinic")
public class Clinic {

	@Id
	private final UUID id;

	private String name;

	private String addressLine1;

	private @Nullable String addressLine2;

	private String city;

	private String state;

	private String postalCode;

	private String phone;

	private String zoneId;

	private double latitude;

	private double longitude;

	private boolean active;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	Clinic(UUID id, String name, String addressLine1, @Nullable String addressLine2, String city, String state,
			String postalCode, String phone, String zoneId, double latitude, double longitude, boolean active,
			@Nullable Integer version) {
		this.id = id;
		this.name = name;
		this.addressLine1 = addressLine1;
		this.addressLine2 = addressLine2;
		this.city = city;
		this.state = state;
		this.postalCode = postalCode;
		this.phone = phone;
		this.zoneId = zoneId;
		this.latitude = latitude;
		this.longitude = longitude;
		this.active = active;
		this.version = version;
	}

	static Clinic open(ClinicDetails details) {
		Clinic clinic = new Clinic(UUID.randomUUID(), "", "", null, "", "", "", "", "", 0, 0, true, null);
		clinic.change(details);
		return clinic;
	}

	void change(ClinicDetails details) {
		this.name = details.name();
		this.addressLine1 = details.addressLine1();
		this.addressLine2 = details.addressLine2();
		this.city = details.city();
		this.state = details.state();
		this.postalCode = details.postalCode();
		this.phone = details.phone();
		this.zoneId = details.zoneId().getId();
		this.latitude = details.latitude();
		this.longitude = details.longitude();
		this.active = details.active();
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public String addressLine1() {
		return this.addressLine1;
	}

	public @Nullable String addressLine2() {
		return this.addressLine2;
	}

	public String city() {
		return this.city;
	}

	/** Two-letter US state or {@code DC}. */
	public String state() {
		return this.state;
	}

	public String postalCode() {
		return this.postalCode;
	}

	public String phone() {
		return this.phone;
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.zoneId);
	}

	public double latitude() {
		return this.latitude;
	}

	public double longitude() {
		return this.longitude;
	}

	public boolean isActive() {
		return this.active;
	}

	public int version() {
		return (this.version != null) ? this.version : 0;
	}

}
