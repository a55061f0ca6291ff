package com.vecton.crm.adapter.out.identity;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker and a wall clock that move together, only when a test says so. */
final class FakeTime implements Ticker, InstantSource {
    private final Instant start = Instant.parse("2026-11-20T10:00:00Z");
    private final AtomicLong elapsedNanos = new AtomicLong();

    void advance(Duration duration) {
        elapsedNanos.addAndGet(duration.toNanos());
    }

    @Override
    public long read() {
        return elapsedNanos.get();
    }

    @Override
    public Instant instant() {
        return start.plusNanos(elapsedNanos.get());
    }
}
