package com.ptpractice.patients.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A patient of the practice: record number, demographics and, once the front desk links
 * it, the patient's own login. Holds protected health information: never log it or its
 * fields, only its id.
 */
@Table("patient")
public class Patient {

	@Id
	private final UUID id;

	private final String mrn;

	private String firstName;

	private String lastName;

	private LocalDate birthDate;

	private AdministrativeSex sex;

	private String phone;

	private @Nullable String email;

	@Embedded.Empty(prefix = "address_")
	private Address address;

	private @Nullable UUID preferredClinicId;

	private @Nullable String loginSubject;

	private final Instant registeredAt;

	private final String registeredBy;

	@Version
	private int version;

	@PersistenceCreator
	Patient(UUID id, String mrn, String firstName, String lastName, LocalDate birthDate, AdministrativeSex sex,
			String phone, @Nullable String email, Address address, @Nullable UUID preferredClinicId,
			@Nullable String loginSubject, Instant registeredAt, String registeredBy, int version) {
		this.id = id;
		this.mrn = mrn;
		this.firstName = firstName;
		this.lastName = lastName;
		this.birthDate = birthDate;
		this.sex = sex;
		this.phone = phone;
		this.email = email;
		this.address = address;
		this.preferredClinicId = preferredClinicId;
		this.loginSubject = loginSubject;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		this.version = version;
	}

	static Patient register(String mrn, PatientDetails details, String registeredBy, Instant registeredAt) {
		return new Patient(UUID.randomUUID(), mrn, details.firstName(), details.lastName(), details.birthDate(),
				details.sex(), details.phone(), details.email(), details.address(), details.preferredClinicId(), null,
				registeredAt, registeredBy, 0);
	}

	/**
	 * Replaces the demographics, provided the caller saw the current version.
	 * @throws OptimisticLockingFailureException when someone changed the record since
	 */
	void updateDemographics(PatientDetails details, int expectedVersion) {
		if (expectedVersion != this.version) {
			throw new OptimisticLockingFailureException(
					"Patient " + this.id + " is at version " + this.version + ", not " + expectedVersion);
		}
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.birthDate = details.birthDate();
		this.sex = details.sex();
		this.phone = details.phone();
		this.email = details.email();
		this.address = details.address();
		this.preferredClinicId = details.preferredClinicId();
	}

	void linkLogin(String subject) {
		this.loginSubject = subject;
	}

	void unlinkLogin() {
		this.loginSubject = null;
	}

	boolean isLinkedTo(String subject) {
		return subject.equals(this.loginSubject);
	}

	public UUID id() {
		return this.id;
	}

	public String mrn() {
		return this.mrn;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public LocalDate birthDate() {
		return this.birthDate;
	}

	public AdministrativeSex sex() {
		return this.sex;
	}

	public String phone() {
		return this.phone;
	}

	public @Nullable String email() {
		return this.email;
	}

	public Address address() {
		return this.address;
	}

	public @Nullable UUID preferredClinicId() {
		return this.preferredClinicId;
	}

	public boolean hasLogin() {
		return this.loginSubject != null;
	}

	public int version() {
		return this.version;
	}

	@Override
	public String toString() {
		// never the demographics: this may end up in a log
		return "Patient[id=" + this.id + "]";
	}

}
