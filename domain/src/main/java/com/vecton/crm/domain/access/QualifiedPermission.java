package com.vecton.crm.domain.access;

/** A fully qualified permission name (FQN), e.g. {@code tenant.acme.crm.contacts.list}. */
public record QualifiedPermission(String value) {
    public QualifiedPermission {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a qualified permission is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
