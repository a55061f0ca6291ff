package com.vecton.crm.adapter.in.rest.input;

import java.math.BigInteger;

/**
 * Reads numeric query parameters, which resources take as strings: JAX-RS would turn a
 * non-numeric {@code ?page=x} into a bare 404, where the contract wants a 422 naming the field.
 */
public final class QueryParams {
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);

    private QueryParams() {
    }

    /**
     * {@code null} when absent or blank; any integer otherwise, clamped into the {@code int} range
     * (a {@code per_page} of ten digits is capped like one of three). Range rules are the domain's.
     */
    public static Integer integer(String raw, String field, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 1000 || !value.matches("[+-]?[0-9]+")) {
            errors.add(field, "must be an integer");
            return null;
        }
        BigInteger number = new BigInteger(value);
        return number.max(INT_MIN).min(INT_MAX).intValue();
    }

    /** {@code null} when absent or blank; a positive 64-bit integer otherwise. */
    public static Long positiveId(String raw, String field, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > 19 || !value.matches("[0-9]+")) {
            errors.add(field, "must be a positive integer");
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id < 1) {
                errors.add(field, "must be a positive integer");
                return null;
            }
            return id;
        } catch (NumberFormatException tooLarge) {
            errors.add(field, "must be a positive integer");
            return null;
        }
    }
}
