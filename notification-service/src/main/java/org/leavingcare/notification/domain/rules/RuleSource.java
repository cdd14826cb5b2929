package org.leavingcare.notification.domain.rules;

import java.util.List;

/**
 * Why a rule exists: the ids in {@code shared/domain/rules.md} and the regulation, guidance or local
 * policy behind them. {@code localPolicy} marks a rule or threshold set by the authority, not by law.
 */
public record RuleSource(List<String> ruleIds, String authority, boolean localPolicy) {
}
