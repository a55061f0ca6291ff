package com.vecton.crm.domain.access;

/** Identity's id of a user or service account; opaque (identity may send it as a number). */
public record UserId(String value) {
    /** The longest id identity issues, as {@code tenant_users.id} stores it. */
    public static final int MAX_LENGTH = 191;

    public UserId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a user id is 1-" + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
