package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.access.UserId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads numeric and time query parameters, which resources take as strings: JAX-RS would turn a
 * non-numeric {@code ?page=x} into a bare 404, where the contract wants a 422 naming the field.
 * (A NUL in any query parameter never gets here: {@link ParameterText} refuses it first.)
 */
public final class QueryParams {
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Compiled once: {@code page} and {@code per_page} are read on every list request. */
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** What a filter on a user ({@code assignee_id}, {@code actor_user_id}) accepts for "the caller". */
    public static final String ME = "me";

    private QueryParams() {}

    /**
     * {@code null} when absent or blank; any integer otherwise, clamped into the {@code int} range
     * (a {@code per_page} of ten digits is capped like one of three). Range rules are the domain's.
     */
    public static Integer integer(String raw, String field, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 1000 || !INTEGER.matcher(value).matches()) {
            errors.add(field, "must be an integer");
            return null;
        }
        BigInteger number = new BigInteger(value);
        return number.max(INT_MIN).min(INT_MAX).intValue();
    }

    /**
     * {@code null} when absent or blank; a positive 64-bit integer otherwise, as ids are (a
     * {@code bigint} column): one that does not fit is told the range, never passed on to overflow.
     */
    public static Long positiveId(String raw, String field, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 1000 || !DIGITS.matcher(value).matches() || new BigInteger(value).signum() < 1) {
            errors.add(field, "must be a positive integer");
            return null;
        }
        BigInteger id = new BigInteger(value);
        if (id.compareTo(LONG_MAX) > 0) {
            errors.add(field, InputErrors.outOfRange(1, Long.MAX_VALUE));
            return null;
        }
        return id.longValue();
    }

    /**
     * {@code null} when absent or blank; the caller for {@value #ME}, so that a client can ask for
     * its own records without first looking up its id; any other text names a user (at most
     * {@link UserId#MAX_LENGTH} characters, as identity's ids are), who need not exist: an unknown
     * user filters to nothing.
     */
    public static UserId userIdOrMe(String raw, String field, UserId caller, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (ME.equals(value)) {
            return caller;
        }
        if (value.length() > UserId.MAX_LENGTH) {
            errors.add(field, "must not be longer than " + UserId.MAX_LENGTH + " characters");
            return null;
        }
        return new UserId(value);
    }

    /** {@code null} when absent or blank; an instant, or a date meaning the start of that day in UTC ({@link TimeValues}). */
    public static Instant instantOrStartOfDay(String raw, String field, InputErrors errors) {
        return raw == null || raw.isBlank() ? null : TimeValues.instantOrStartOfDay(raw, field, errors);
    }

    /** {@code null} when absent or blank; an instant, or a date meaning the end of that day in UTC ({@link TimeValues}). */
    public static Instant instantOrEndOfDay(String raw, String field, InputErrors errors) {
        return raw == null || raw.isBlank() ? null : TimeValues.instantOrEndOfDay(raw, field, errors);
    }

    /** {@code null} when absent or blank; a date ({@code 2026-12-01}, {@link TimeValues}) otherwise. */
    public static LocalDate date(String raw, String field, InputErrors errors) {
        return raw == null || raw.isBlank() ? null : TimeValues.date(raw.strip(), field, errors);
    }

    /**
     * {@code null} when absent or blank; a plain decimal ({@code 1500}, {@code 1500.50}) otherwise,
     * of at most 40 characters. Whether it is a valid amount is the domain's rule.
     */
    public static BigDecimal decimal(String raw, String field, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 40 || !value.matches(JsonBody.DECIMAL)) {
            errors.add(field, "must be a decimal number such as 1500.50");
            return null;
        }
        return new BigDecimal(value);
    }
}
