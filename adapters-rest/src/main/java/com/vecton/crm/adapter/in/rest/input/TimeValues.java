package com.vecton.crm.adapter.in.rest.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the instants and dates clients send, in bodies ({@link JsonBody}) and query strings
 * ({@link QueryParams}) alike: the one place that decides which points in time the API takes.
 *
 * <p>Instants are ISO-8601 with {@code Z} or an offset ({@code 2026-11-20T09:00:00Z},
 * {@code 2026-11-20T10:00:00+01:00}); dates are {@code 2026-11-20}. Both must lie within the years
 * 1 to 9999 in UTC, {@link #EARLIEST} to {@link #LATEST}, else the field is told
 * {@code "must be between 0001-01-01 and 9999-12-31"}. Why these: Java parses instants up to the
 * year 1,000,000,000, but past about 292 million years one no longer fits the epoch milliseconds
 * the JDBC driver binds ({@code "due_at": "+999999999-12-31T23:59:59Z"} was a 500), and Postgres
 * stops at 294276 AD anyway; before the year 1, ISO-8601 counts a year 0 where Postgres writes
 * 1 BC, so the two disagree. Four-digit years are what ISO-8601 writes without a prior agreement
 * and what every client can show. The latest instant stops at a microsecond before the end
 * because Postgres keeps no finer and would round a later one into the year 10000.
 */
public final class TimeValues {
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST =
            FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST =
            LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1_000);
    public static final String OUT_OF_RANGE = InputErrors.outOfRange(FIRST_DAY, LAST_DAY);
    public static final String NOT_AN_INSTANT = "must be a time such as 2026-11-20T09:00:00Z";
    public static final String NOT_A_DATE = "must be a date such as 2026-11-20";
    public static final String NEITHER = "must be a date such as 2026-11-20 or a time such as 2026-11-20T09:00:00Z";

    private TimeValues() {}

    /**
     * The instant the text names; {@code null} with an error on {@code field} when it is not one.
     * One out of range is returned all the same, with its error, so that the other rules still
     * run on it (an end before its start is reported too); the errors are thrown before it is used.
     */
    public static Instant instant(String text, String field, InputErrors errors) {
        try {
            return storable(Instant.parse(text.strip()), EARLIEST, LATEST, field, errors);
        } catch (DateTimeParseException notAnInstant) {
            errors.add(field, NOT_AN_INSTANT);
            return null;
        }
    }

    /** The date the text names; {@code null} with an error when it is not one; out of range as for instants. */
    public static LocalDate date(String text, String field, InputErrors errors) {
        try {
            return storable(LocalDate.parse(text.strip()), FIRST_DAY, LAST_DAY, field, errors);
        } catch (DateTimeParseException notADate) {
            errors.add(field, NOT_A_DATE);
            return null;
        }
    }

    /** An instant, or a date meaning the start of that day in UTC. */
    public static Instant instantOrStartOfDay(String text, String field, InputErrors errors) {
        return instantOrDay(text, field, false, errors);
    }

    /** An instant, or a date meaning the end of that day in UTC (the start of the next, for an exclusive bound). */
    public static Instant instantOrEndOfDay(String text, String field, InputErrors errors) {
        return instantOrDay(text, field, true, errors);
    }

    /** A date has no time designator; anything with one is read as an instant. */
    private static Instant instantOrDay(String text, String field, boolean endOfDay, InputErrors errors) {
        String value = text.strip();
        if (value.indexOf('T') >= 0 || value.indexOf('t') >= 0) {
            try {
                return storable(Instant.parse(value), EARLIEST, LATEST, field, errors);
            } catch (DateTimeParseException notAnInstant) {
                errors.add(field, NEITHER);
                return null;
            }
        }
        try {
            LocalDate day = storable(LocalDate.parse(value), FIRST_DAY, LAST_DAY, field, errors);
            // A refused day stays itself: the day after the last one Java knows does not exist.
            boolean nextDay = endOfDay && !day.isAfter(LAST_DAY);
            return (nextDay ? day.plusDays(1) : day)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
        } catch (DateTimeParseException notADate) {
            errors.add(field, NEITHER);
            return null;
        }
    }

    private static <T extends Comparable<? super T>> T storable(
            T value, T first, T last, String field, InputErrors errors) {
        if (value.compareTo(first) < 0 || value.compareTo(last) > 0) {
            errors.add(field, OUT_OF_RANGE);
        }
        return value;
    }
}
