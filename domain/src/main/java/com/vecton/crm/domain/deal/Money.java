package com.vecton.crm.domain.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rules of an amount of money: exact decimals with two places, never a float, not negative,
 * and at most {@link #MAX} (what {@code NUMERIC(15, 2)} holds). A value with more places is refused,
 * not rounded: a client that sends {@code 10.005} has made a mistake we should not hide.
 */
public final class Money {
    /** The largest amount a deal may have. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    /** The places of an amount. */
    public static final int SCALE = 2;

    private Money() {}

    /** What is wrong with {@code amount} as a deal's amount, or {@code null} when nothing is. */
    public static String problemWith(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            return "must not be negative";
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            return "must have at most 2 decimal places";
        }
        if (amount.compareTo(MAX) > 0) {
            return "must not be greater than " + MAX.toPlainString();
        }
        return null;
    }

    /** The amount with exactly two places (a valid amount loses nothing). */
    public static BigDecimal exact(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * {@code amount × probability / 100}, to two places (half-even, as banks round): the weighted
     * amount of one deal. Sums of weighted amounts are summed unrounded and rounded once.
     */
    public static BigDecimal weighted(BigDecimal amount, int probability) {
        return amount.multiply(BigDecimal.valueOf(probability)).movePointLeft(2);
    }

    /** A sum shown to clients: two places, half-even. */
    public static BigDecimal shown(BigDecimal sum) {
        return sum.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
