package com.vecton.crm.domain.edit;

/**
 * The email rule every entity uses: one {@code @}, a non-empty local part of at most 64
 * characters, a dotted domain of non-empty labels, no whitespace, at most 254 characters in all
 * (RFC 5321's path limit). Deliberately not a full RFC 5322 parser: the goal is to catch typos, not
 * to accept every legal oddity.
 *
 * <p>Written as one pass over the characters rather than as the regular expression
 * {@code [^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+} it is equivalent to ({@code EmailAddressTest} checks
 * the two agree): every record with an address checks it when it is read back from the database,
 * and the pattern's matcher was 2.3-2.8 % of a contact search's CPU (bench/results-2026-12-01-session7.md).
 */
public final class EmailAddress {
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;

    private EmailAddress() {}

    public static boolean isValid(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return false;
        }
        int at = value.indexOf('@');
        if (at < 1 || at > MAX_LOCAL_PART) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (isSpace(value.charAt(i))) {
                return false;
            }
        }
        return isDottedDomain(value, at + 1);
    }

    /** From {@code start} to the end: two or more non-empty labels between dots, no {@code @}, no space. */
    private static boolean isDottedDomain(String value, int start) {
        int dots = 0;
        int labelLength = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '@' || isSpace(c)) {
                return false;
            }
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                dots++;
                labelLength = 0;
            } else {
                labelLength++;
            }
        }
        return dots >= 1 && labelLength > 0;
    }

    /** What {@code \s} matches in a Java regular expression: space, tab, newline, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
