package com.vecton.crm.adapter.out.messaging;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before the next attempt: {@code initial}, doubling per attempt up to {@code max},
 * with "equal jitter" (a random point in the upper half of the step), so that replicas cut off by the
 * same broker restart do not all come back in the same instant.
 *
 * @param initial the base wait before the second attempt
 * @param max     the longest wait; reached after a few doublings and then kept
 */
public record Backoff(Duration initial, Duration max) {
    /** First connect and reconnects to the broker. */
    public static final Backoff CONNECT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    /** Redelivering a message whose handler failed (the database is down, say). */
    public static final Backoff HANDLER_RETRY = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    public Backoff {
        if (initial == null || max == null || initial.toMillis() < 1 || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("a backoff has 1 ms <= initial <= max");
        }
    }

    /** The wait after the {@code attempt}-th failure in a row (1 for the first; lower values count as 1). */
    public Duration delay(int attempt) {
        long ceiling = max.toMillis();
        long step = initial.toMillis();
        for (int i = 1; i < attempt && step < ceiling; i++) {
            step *= 2;
        }
        step = Math.min(step, ceiling);
        long half = step / 2;
        return Duration.ofMillis(step - half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
