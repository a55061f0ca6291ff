package com.vecton.crm.domain.access;

import java.util.regex.Pattern;

/**
 * The short permission a route declares, such as {@code contacts.list} or {@code blog.posts.publish}:
 * lower-case snake_case segments separated by dots (crm-permissions.txt, naming conventions).
 */
public record Permission(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");

    public Permission {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a permission is snake_case segments joined by dots: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
