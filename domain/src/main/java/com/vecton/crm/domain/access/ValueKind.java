package com.vecton.crm.domain.access;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The kinds an operator compares, and the coercions into them of the JDK types that JSON and
 * resources use; each coercion answers {@code null} for "no meaning in this kind".
 */
enum ValueKind {
    STRING {
        @Override
        Object coerce(Object raw) {
            return asString(raw);
        }
    },
    NUMBER {
        @Override
        Object coerce(Object raw) {
            return asNumber(raw);
        }
    },
    BOOLEAN {
        @Override
        Object coerce(Object raw) {
            return asBoolean(raw);
        }
    },
    DATE {
        @Override
        Object coerce(Object raw) {
            return asInstant(raw);
        }
    };

    /** Beyond this, a number's plain form would be a denial-of-service sized string. */
    private static final int MAX_PLAIN_SCALE = 64;

    /** The value in this kind, or {@code null} when it has no meaning in it. */
    abstract Object coerce(Object raw);

    /**
     * A string form under which an id compares equal whatever JSON type carried it: the
     * number {@code 42}, {@code 42.0} and the string {@code "42"} all read as {@code "42"}.
     */
    static String asString(Object raw) {
        if (raw instanceof String text) {
            return text;
        }
        if (raw instanceof Number number) {
            BigDecimal decimal = asNumber(number);
            if (decimal == null) {
                return number.toString();
            }
            BigDecimal plain = decimal.stripTrailingZeros();
            return Math.abs(plain.scale()) <= MAX_PLAIN_SCALE ? plain.toPlainString() : plain.toString();
        }
        if (raw instanceof Boolean
                || raw instanceof Instant
                || raw instanceof UserId
                || raw instanceof UUID
                || raw instanceof CharSequence) {
            return raw.toString();
        }
        return null;
    }

    static BigDecimal asNumber(Object raw) {
        try {
            return switch (raw) {
                case BigDecimal decimal -> decimal;
                case BigInteger integer -> new BigDecimal(integer);
                case Long value -> BigDecimal.valueOf(value);
                case Integer value -> BigDecimal.valueOf(value);
                case Short value -> BigDecimal.valueOf(value);
                case Byte value -> BigDecimal.valueOf(value);
                // Double and Float go through their shortest decimal form, so 0.1 stays 0.1.
                case Number value -> new BigDecimal(value.toString());
                case String text -> new BigDecimal(text.strip());
                default -> null;
            };
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Boolean asBoolean(Object raw) {
        if (raw instanceof Boolean value) {
            return value;
        }
        if (raw instanceof String text) {
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** ISO-8601 instants (with {@code Z} or an offset), or a date alone as midnight UTC. */
    static Instant asInstant(Object raw) {
        try {
            return switch (raw) {
                case Instant instant -> instant;
                case OffsetDateTime time -> time.toInstant();
                case ZonedDateTime time -> time.toInstant();
                case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
                case String text
                when text.indexOf('T') < 0 ->
                    LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
                case String text -> Instant.parse(text.strip());
                default -> null;
            };
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
