package com.vecton.crm.domain.problem;

/**
 * Well-formed input that a business rule refuses, with a rule-specific code
 * (422, e.g. {@code already_a_member}, {@code time_entry_overlap}).
 */
public final class RuleViolated extends Problem {
    public RuleViolated(String code, String detail) {
        super(code, detail);
    }
}
