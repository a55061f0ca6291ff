package com.vecton.crm.domain.listing;

import com.vecton.crm.domain.name.Names;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Set;

/**
 * A sort on one allow-listed field, written {@code field} (ascending) or {@code -field}
 * (descending). Anything not on the allow-list is a 422, never a piece of SQL.
 */
public record SortOrder(String field, boolean descending) {
    public SortOrder {
        if (!Names.isSnakeCase(field)) {
            throw new IllegalArgumentException("a sort field is snake_case");
        }
    }

    public static SortOrder parse(String raw, Set<String> allowed, SortOrder fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        boolean descending = raw.startsWith("-");
        String field = descending ? raw.substring(1) : raw;
        if (!allowed.contains(field)) {
            throw ValidationFailed.of(
                    "sort",
                    "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))
                            + ", optionally prefixed with -");
        }
        return new SortOrder(field, descending);
    }
}
