package com.vecton.crm.domain.access;

import java.math.BigDecimal;
import java.time.Instant;

/** The condition operators of identity.md section 4: each names the kind it compares and how. */
enum ConditionOperator {
    STRING_EQUALS("StringEquals", ValueKind.STRING),
    STRING_NOT_EQUALS("StringNotEquals", ValueKind.STRING),
    STRING_LIKE("StringLike", ValueKind.STRING),
    NUMERIC_EQUALS("NumericEquals", ValueKind.NUMBER),
    NUMERIC_LESS_THAN("NumericLessThan", ValueKind.NUMBER),
    NUMERIC_GREATER_THAN("NumericGreaterThan", ValueKind.NUMBER),
    BOOL("Bool", ValueKind.BOOLEAN),
    DATE_LESS_THAN("DateLessThan", ValueKind.DATE),
    DATE_GREATER_THAN("DateGreaterThan", ValueKind.DATE);

    private final String jsonName;
    private final ValueKind kind;

    ConditionOperator(String jsonName, ValueKind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
    }

    /** The operator of this exact (case-sensitive, as in IAM) name, or {@code null}. */
    static ConditionOperator named(String name) {
        for (ConditionOperator operator : values()) {
            if (operator.jsonName.equals(name)) {
                return operator;
            }
        }
        return null;
    }

    /** What this operator compares: every value is coerced into this kind before comparing. */
    ValueKind kind() {
        return kind;
    }

    /**
     * Compares one actual value with one expected value, both already coerced to
     * {@link #kind}. {@code StringNotEquals} tests equality here; the clause negates the
     * combined result so that it means "no element equals any value".
     */
    boolean test(Object actual, Object expected, boolean literal) {
        return switch (this) {
            case STRING_EQUALS, STRING_NOT_EQUALS, BOOL -> actual.equals(expected);
            case STRING_LIKE -> literal ? globMatches((String) expected, (String) actual) : actual.equals(expected);
            case NUMERIC_EQUALS -> ((BigDecimal) actual).compareTo((BigDecimal) expected) == 0;
            case NUMERIC_LESS_THAN -> ((BigDecimal) actual).compareTo((BigDecimal) expected) < 0;
            case NUMERIC_GREATER_THAN -> ((BigDecimal) actual).compareTo((BigDecimal) expected) > 0;
            case DATE_LESS_THAN -> ((Instant) actual).isBefore((Instant) expected);
            case DATE_GREATER_THAN -> ((Instant) actual).isAfter((Instant) expected);
        };
    }

    /**
     * IAM's {@code StringLike}: {@code *} is any run of characters (also none), {@code ?}
     * exactly one; everything else is itself. Matched greedily with backtracking to the
     * last star, which is linear in practice and never exponential.
     */
    static boolean globMatches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int lastStar = -1;
        int textAtLastStar = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                lastStar = p++;
                textAtLastStar = t;
            } else if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (lastStar >= 0) {
                p = lastStar + 1;
                t = ++textAtLastStar;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
