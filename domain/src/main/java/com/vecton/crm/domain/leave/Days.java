package com.vecton.crm.domain.leave;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of leave: days in steps of half a day, shown with one decimal ({@code 1.5}). */
public final class Days {
    private Days() {}

    public static boolean isWholeOrHalf(BigDecimal days) {
        return days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    public static BigDecimal normal(BigDecimal days) {
        return days.setScale(1, RoundingMode.UNNECESSARY);
    }
}
