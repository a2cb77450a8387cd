package com.ptpractice.needling;

import org.jspecify.annotations.Nullable;

/**
 * What a reason from a state's condition rests on, so a front desk or an administrator
 * can check it.
 *
 * @param ruleVersion the state rule version, such as {@code NV-2026-12-02}
 * @param condition the condition's stable name, such as {@code minimumTrainingHours}
 * @param source where the rule comes from (statute, board page), when recorded
 */
public record Citation(String ruleVersion, String condition, @Nullable String source) {
}
