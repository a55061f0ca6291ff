package com.vecton.crm.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityQueryTest {
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    private static ActivityQuery between(Instant from, Instant to) {
        return new ActivityQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(from),
                Optional.ofNullable(to));
    }

    @Test
    void a_range_must_end_after_it_starts() {
        var failure = assertThrows(ValidationFailed.class, () -> between(NOON, NOON));
        assertEquals(Set.of("to"), failure.errors().keySet());
        between(NOON, NOON.plusNanos(1000));
        between(NOON, null);
    }

    @Test
    void subject_types_are_snake_case_and_subject_ids_not_blank() {
        var failure = assertThrows(
                ValidationFailed.class,
                () -> new ActivityQuery(
                        Optional.of("Contact; DROP"),
                        Optional.of(" "),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertEquals(Set.of("subject_type", "subject_id"), failure.errors().keySet());
    }
}
