package com.vecton.crm.domain.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the field errors of one input so that a client learns about all of them at once,
 * not one per round trip. Used inside compact constructors of input records.
 */
public final class FieldErrors {
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /** Whether {@code field} has an error already (so that a reader does not add "is required" to "must be …"). */
    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Checks an optional text: at most {@code max} characters when present. */
    public FieldErrors maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "must not be longer than " + max + " characters");
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
