package com.vecton.crm.adapter.out.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    private static void assertBetween(long low, long high, Duration actual) {
        assertTrue(
                actual.toMillis() >= low && actual.toMillis() <= high,
                actual + " not in [" + low + ", " + high + "] ms");
    }

    @Test
    void the_first_wait_is_at_most_the_initial_one_and_at_least_half_of_it() {
        for (int i = 0; i < 100; i++) {
            assertBetween(250, 500, backoff.delay(1));
        }
    }

    @Test
    void each_further_failure_doubles_the_step() {
        for (int i = 0; i < 100; i++) {
            assertBetween(500, 1000, backoff.delay(2));
            assertBetween(1000, 2000, backoff.delay(3));
            assertBetween(4000, 8000, backoff.delay(5));
        }
    }

    @Test
    void the_step_stops_growing_at_the_maximum_even_after_very_many_failures() {
        for (int attempt : new int[] {7, 8, 64, 1000, Integer.MAX_VALUE}) {
            assertBetween(15_000, 30_000, backoff.delay(attempt));
        }
    }

    @Test
    void attempts_below_one_count_as_the_first() {
        assertBetween(250, 500, backoff.delay(0));
        assertBetween(250, 500, backoff.delay(-3));
    }

    @Test
    void waits_are_jittered_so_replicas_do_not_reconnect_in_step() {
        var seen = new HashSet<Duration>();
        for (int i = 0; i < 50; i++) {
            seen.add(backoff.delay(6));
        }
        assertTrue(seen.size() > 10, "only " + seen.size() + " distinct waits");
    }

    @Test
    void refuses_a_zero_initial_wait_or_a_maximum_below_it() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(null, Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(1), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)).max());
    }
}
