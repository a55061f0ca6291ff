package com.vecton.crm.domain.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Well-formed input that a business rule refuses, with a rule-specific code
 * (422, e.g. {@code already_a_member}, {@code time_entry_overlap}). A refusal that concerns
 * several things at once names each in {@link #errors()}, as a validation failure names its
 * fields (the shifts an approval would leave assigned, the dates of a recurring assignment that
 * conflict), so a client can show them.
 */
public final class RuleViolated extends Problem {
    private final Map<String, List<String>> errors;

    public RuleViolated(String code, String detail) {
        this(code, detail, Map.of());
    }

    public RuleViolated(String code, String detail, Map<String, List<String>> errors) {
        super(code, detail);
        var copy = new LinkedHashMap<String, List<String>>();
        errors.forEach((key, messages) -> copy.put(key, List.copyOf(messages)));
        this.errors = java.util.Collections.unmodifiableMap(copy);
    }

    /** What the refusal concerns, key to messages, in order; empty for most rules. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
