package com.vecton.crm.domain.problem;

import java.time.Duration;
import java.util.Optional;

/**
 * The request conflicts with the current state of the resource (409). A conflict that passes by
 * itself (another request with the same idempotency key still running) says when to try again.
 */
public final class Conflict extends Problem {
    private final Duration retryAfter;

    public Conflict(String code, String detail) {
        this(code, detail, null);
    }

    /** @param retryAfter when a retry may succeed, sent as {@code Retry-After}; {@code null} for a conflict that lasts */
    public Conflict(String code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
