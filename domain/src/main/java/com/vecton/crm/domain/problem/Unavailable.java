package com.vecton.crm.domain.problem;

import java.time.Duration;

/**
 * A dependency we cannot do without is down (503 with {@code Retry-After}). Never a 401:
 * clients must not log a user out because identity had a bad minute.
 */
public final class Unavailable extends Problem {
    private final Duration retryAfter;

    public Unavailable(String code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
