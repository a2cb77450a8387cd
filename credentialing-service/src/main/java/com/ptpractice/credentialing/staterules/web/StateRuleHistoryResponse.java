package com.ptpractice.credentialing.staterules.web;

import java.util.List;

import com.ptpractice.credentialing.staterules.Jurisdiction;
import com.ptpractice.credentialing.staterules.StateRuleHistory;

/**
 * Every version of one state's rule, oldest first.
 *
 * @param state two-letter code
 * @param stateName the state's name
 * @param versions the versions, oldest first
 */
record StateRuleHistoryResponse(Jurisdiction state, String stateName, List<StateRuleResponse> versions) {

	static StateRuleHistoryResponse of(StateRuleHistory history) {
		return new StateRuleHistoryResponse(history.state(), history.state().displayName(),
				history.versions().stream().map((version) -> StateRuleResponse.of(version, history)).toList());
	}

}
