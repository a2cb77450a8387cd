package com.ptpractice.credentialing.staterules;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The practice-wide decision for states whose law on dry needling is silent or unclear:
 * allowed or not (not, unless an administrator says otherwise).
 */
@Table("unsettled_state_policy")
public class UnsettledStatePolicy {

	@Id
	private final boolean id;

	private boolean allowed;

	private String updatedBy;

	private @Nullable String updatedByName;

	private Instant updatedAt;

	@Version
	private int version;

	@PersistenceCreator
	UnsettledStatePolicy(boolean id, boolean allowed, String updatedBy, @Nullable String updatedByName,
			Instant updatedAt, int version) {
		this.id = id;
		this.allowed = allowed;
		this.updatedBy = updatedBy;
		this.updatedByName = updatedByName;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A policy that allows unsettled states or not, as it was never changed. */
	public static UnsettledStatePolicy allowing(boolean allowed) {
		return new UnsettledStatePolicy(true, allowed, "default", null, Instant.EPOCH, 1);
	}

	void change(boolean allowed, int expectedVersion, String by, @Nullable String byName, Instant at) {
		if (expectedVersion != this.version) {
			throw new OptimisticLockingFailureException("Policy version " + expectedVersion + " is stale");
		}
		this.allowed = allowed;
		this.updatedBy = by;
		this.updatedByName = byName;
		this.updatedAt = at;
	}

	public boolean allowed() {
		return this.allowed;
	}

	public String updatedBy() {
		return this.updatedBy;
	}

	/** The name of who last changed it, as their sign-in gave it; null when not known. */
	public @Nullable String updatedByName() {
		return this.updatedByName;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public int version() {
		return this.version;
	}

	Map<String, Object> auditView() {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("allowed", this.allowed);
		view.put("version", this.version);
		return view;
	}

}
