package com.vecton.crm.application.port.out;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time, replaceable in tests. */
@FunctionalInterface
public interface Clock {

    Instant now();

    /**
     * The system clock at microsecond precision: Postgres keeps microseconds, so a finer instant
     * would make the entity a create returns differ from the same entity read back.
     */
    static Clock system() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
