/**
 * The public clinic finder: active clinics that offer dry needling by state or near a
 * point, each with its next free needling slot. Nothing about patients or therapists.
 */
@NullMarked
package com.ptpractice.scheduling.finder;

import org.jspecify.annotations.NullMarked;
