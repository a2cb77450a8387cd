package com.ptpractice.patients.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The PHI access log: entries are saved, never changed.
 */
interface AccessLogEntries extends Repository<AccessLogEntry, Long> {

	AccessLogEntry save(AccessLogEntry entry);

	List<AccessLogEntry> saveAll(Iterable<AccessLogEntry> entries);

}
