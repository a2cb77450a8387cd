package com.ptpractice.patients.screening;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One contraindication a clearance covers.
 *
 * @param contraindication the flagged contraindication cleared
 */
@Table("clearance_item")
record ClearedContraindication(Contraindication contraindication) {

}
