package com.ptpractice.credentialing.therapists;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A physical therapist of the practice, identified by their NPI. The therapist's own
 * login, if any, is linked by its Keycloak subject.
 */
@Table("therapist")
public class Therapist {

	@Id
	private final UUID id;

	private String npi;

	private String firstName;

	private String lastName;

	private String email;

	private @Nullable String loginSubject;

	private boolean active;

	@Version
	private int version;

	@PersistenceCreator
	Therapist(UUID id, String npi, String firstName, String lastName, String email, @Nullable String loginSubject,
			boolean active, int version) {
		this.id = id;
		this.npi = npi;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.loginSubject = loginSubject;
		this.active = active;
		this.version = version;
	}

	/** A new therapist with these details. */
	public static Therapist register(TherapistDetails details) {
		return new Therapist(UUID.randomUUID(), details.npi(), details.firstName(), details.lastName(), details.email(),
				details.loginSubject(), details.active(), 0);
	}

	/** Replaces the details, if the caller saw the current version. */
	void revise(TherapistDetails details, int expectedVersion) {
		if (expectedVersion != this.version) {
			throw new OptimisticLockingFailureException("Therapist " + this.id + " version is stale");
		}
		this.npi = details.npi();
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.email = details.email();
		this.loginSubject = details.loginSubject();
		this.active = details.active();
	}

	/** Whether this login is the therapist's own. */
	public boolean isLoggedInAs(String subject) {
		return subject.equals(this.loginSubject);
	}

	public UUID id() {
		return this.id;
	}

	public String npi() {
		return this.npi;
	}

	public String firstName() {
		return this.firstName;
	}

	public String lastName() {
		return this.lastName;
	}

	public String email() {
		return this.email;
	}

	public @Nullable String loginSubject() {
		return this.loginSubject;
	}

	public boolean isActive() {
		return this.active;
	}

	public int version() {
		return this.version;
	}

	Map<String, @Nullable Object> auditView() {
		Map<String, @Nullable Object> view = new LinkedHashMap<>();
		view.put("npi", this.npi);
		view.put("firstName", this.firstName);
		view.put("lastName", this.lastName);
		view.put("email", this.email);
		view.put("loginSubject", this.loginSubject);
		view.put("active", this.active);
		view.put("version", this.version);
		return view;
	}

}
