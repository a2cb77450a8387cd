package com.ptpractice.credentialing.therapists;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.ptpractice.common.web.ConflictException;
import com.ptpractice.common.web.NotFoundException;
import com.ptpractice.credentialing.audit.AuditSubject;
import com.ptpractice.credentialing.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers therapists and keeps their details. NPIs and logins are unique: the database
 * guarantees it, and a clash is a 409 the caller can act on. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class TherapistRegistry {

	private static final Logger log = LoggerFactory.getLogger(TherapistRegistry.class);

	private final Therapists therapists;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	TherapistRegistry(Therapists therapists, AuditTrail audit, JdbcClient jdbc) {
		this.therapists = therapists;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public Therapist register(TherapistDetails details) {
		Therapist therapist = Therapist.register(details);
		Therapist saved = saveUnique(therapist, details);
		this.audit.record(AuditSubject.THERAPIST, saved.id(), "CREATED", null, saved.auditView());
		log.info("Therapist {} registered", saved.id());
		return saved;
	}

	/** Replaces the therapist's details, if the caller saw the current version. */
	@Transactional
	public Therapist revise(UUID id, TherapistDetails details, int expectedVersion) {
		Therapist therapist = find(id);
		var before = therapist.auditView();
		therapist.revise(details, expectedVersion);
		Therapist saved = saveUnique(therapist, details);
		this.audit.record(AuditSubject.THERAPIST, saved.id(), "UPDATED", before, saved.auditView());
		log.info("Therapist {} updated", saved.id());
		return saved;
	}

	public Therapist find(UUID id) {
		return this.therapists.findById(id).orElseThrow(() -> new NotFoundException("therapist", id));
	}

	/** The therapist whose own login this is, if any. */
	public Optional<Therapist> findByLogin(String subject) {
		return this.therapists.findByLoginSubject(subject);
	}

	/**
	 * The therapists with these ids that exist, in one query (in the caller's
	 * transaction, if any).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Therapist> findAll(Collection<UUID> ids) {
		return this.therapists.findAllById(ids);
	}

	/**
	 * One page of the therapists whose name ("first last" or "last, first") contains the
	 * text, or whose NPI starts with it, by last name; every therapist when the text is
	 * blank. The count is of all matching, for "showing X of Y".
	 */
	public Page<Therapist> search(@Nullable String text, Pageable pageable) {
		String words = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
		String where = words.isEmpty() ? "" : """
				WHERE lower(first_name || ' ' || last_name) LIKE :contains ESCAPE '\\'
				   OR lower(last_name || ', ' || first_name) LIKE :contains ESCAPE '\\'
				   OR npi LIKE :startsWith ESCAPE '\\'
				""";
		String literal = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Map<String, Object> params = words.isEmpty() ? Map.of()
				: Map.of("contains", "%" + literal + "%", "startsWith", literal + "%");
		long total = this.jdbc.sql("SELECT count(*) FROM therapist " + where).params(params).query(Long.class).single();
		List<UUID> ids = this.jdbc
			.sql("SELECT id FROM therapist " + where + " ORDER BY " + orderBy(pageable.getSort())
					+ " LIMIT :size OFFSET :offset")
			.params(params)
			.param("size", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(UUID.class)
			.list();
		Map<UUID, Therapist> found = this.therapists.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Therapist::id, Function.identity()));
		List<Therapist> page = ids.stream().map(found::get).filter((t) -> t != null).toList();
		return new PageImpl<>(page, pageable, total);
	}

	/**
	 * The ORDER BY of a search: by NPI when the sort names {@code npi}, else by last and
	 * first name; descending when the sort says so; the id breaks ties so pages never
	 * overlap.
	 */
	private static String orderBy(Sort sort) {
		Sort.Order npi = sort.getOrderFor("npi");
		if (npi != null) {
			return "npi " + (npi.isDescending() ? "DESC" : "ASC") + ", id";
		}
		Sort.Order name = sort.getOrderFor("lastName");
		String direction = (name != null && name.isDescending()) ? "DESC" : "ASC";
		return "lower(last_name) " + direction + ", lower(first_name) " + direction + ", id";
	}

	/** The therapists with those ids that exist, by last name. */
	public List<Therapist> named(Collection<UUID> ids) {
		return this.therapists.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(Therapist::lastName).thenComparing(Therapist::firstName))
			.toList();
	}

	public Page<Therapist> page(Pageable pageable) {
		return this.therapists.findAll(pageable);
	}

	private Therapist saveUnique(Therapist therapist, TherapistDetails details) {
		if (this.therapists.existsByNpiAndIdNot(details.npi(), therapist.id())) {
			throw duplicateNpi(details.npi());
		}
		if (details.loginSubject() != null
				&& this.therapists.existsByLoginSubjectAndIdNot(details.loginSubject(), therapist.id())) {
			throw duplicateLogin();
		}
		try {
			return this.therapists.save(therapist);
		}
		catch (DuplicateKeyException ex) {
			// lost a race with another request: the unique constraints decide
			throw (String.valueOf(ex.getMessage()).contains("therapist_npi_key")) ? duplicateNpi(details.npi())
					: duplicateLogin();
		}
	}

	private static ConflictException duplicateNpi(String npi) {
		return new ConflictException("duplicate-npi", "NPI already registered",
				"Another therapist is already registered with NPI " + npi + ". Look them up instead.");
	}

	private static ConflictException duplicateLogin() {
		return new ConflictException("duplicate-login", "Login already linked",
				"This login is already linked to another therapist.");
	}

}
