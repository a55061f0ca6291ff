package com.vecton.crm.domain.access;

/**
 * A pattern over permission FQNs, from a policy action or a service-account scope, matched
 * segment by segment on {@code .} (identity.md section 3).
 */
public record PermissionPattern(String value) {
    public PermissionPattern {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a permission pattern is not blank");
        }
    }

    public boolean matches(QualifiedPermission name) {
        return SegmentPattern.matches(value, name.value(), '.');
    }
}
