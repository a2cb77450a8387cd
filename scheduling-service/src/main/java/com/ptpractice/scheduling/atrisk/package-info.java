/**
 * The at-risk watch: future dry-needling appointments that would now fail the needling
 * rule, with every reason, so the front desk can rebook before the patient arrives.
 */
@NullMarked
package com.ptpractice.scheduling.atrisk;

import org.jspecify.annotations.NullMarked;
