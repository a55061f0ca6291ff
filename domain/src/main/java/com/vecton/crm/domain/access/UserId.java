package com.vecton.crm.domain.access;

/** Identity's id of a user or service account; opaque (identity may send it as a number). */
public record UserId(String value) {
    public UserId {
        if (value == null || value.isBlank() || value.length() > 191) {
            throw new IllegalArgumentException("a user id is 1-191 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
