package com.vecton.crm.domain.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that fails validation, with every failing field named (422 {@code validation_failed}). */
public final class ValidationFailed extends Problem {
    private final Map<String, List<String>> errors;

    public ValidationFailed(Map<String, List<String>> errors) {
        super("validation_failed", "The given data was invalid.");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        var copy = new LinkedHashMap<String, List<String>>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.errors = java.util.Collections.unmodifiableMap(copy);
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(Map.of(field, List.of(message)));
    }

    /** Field name (snake_case, as in the API) to its messages, in the order found. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
