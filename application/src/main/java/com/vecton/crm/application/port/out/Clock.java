package com.vecton.crm.application.port.out;

import java.time.Instant;

/** The current time, replaceable in tests. */
@FunctionalInterface
public interface Clock {

    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
