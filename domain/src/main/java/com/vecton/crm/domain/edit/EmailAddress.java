package com.vecton.crm.domain.edit;

import java.util.regex.Pattern;

/**
 * The email rule every entity uses: one {@code @}, a non-empty local part, a dotted domain, no
 * whitespace, at most 254 characters (RFC 5321's path limit). Deliberately not a full RFC 5322
 * parser: the goal is to catch typos, not to accept every legal oddity.
 */
public final class EmailAddress {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {}

    public static boolean isValid(String value) {
        return value != null && value.length() <= 254 && SHAPE.matcher(value).matches();
    }
}
