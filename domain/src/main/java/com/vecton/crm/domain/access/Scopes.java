package com.vecton.crm.domain.access;

import java.util.List;

/**
 * The scope restriction of a token: {@code unrestricted} when identity sent {@code null} or no
 * {@code scopes}; otherwise only the listed patterns are in scope (an empty list allows nothing).
 */
public record Scopes(boolean restricted, List<PermissionPattern> patterns) {
    private static final Scopes UNRESTRICTED = new Scopes(false, List.of());

    public Scopes {
        patterns = List.copyOf(patterns);
        if (!restricted && !patterns.isEmpty()) {
            throw new IllegalArgumentException("unrestricted scopes carry no patterns");
        }
    }

    public static Scopes unrestricted() {
        return UNRESTRICTED;
    }

    public static Scopes only(List<PermissionPattern> patterns) {
        return new Scopes(true, patterns);
    }

    /** Whether this action passes the scope gate (identity.md section 4, step 3). */
    public boolean allow(QualifiedPermission action) {
        return !restricted || patterns.stream().anyMatch(p -> p.matches(action));
    }
}
