package com.vecton.crm.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncCursorTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_cursor_is_the_base64url_of_its_documented_form_and_reads_back() {
        var cursor = new SyncCursor(new ChangePosition(12_345, 42), NOW.plusMillis(999));

        assertEquals(encoded("v1.12345.42." + NOW.getEpochSecond()), cursor.encode());
        assertEquals(cursor, SyncCursor.parse(cursor.encode()));
        assertEquals(NOW, cursor.issuedAt(), "whole seconds, as written");
    }

    @Test
    void anything_else_is_refused_naming_cursor() {
        for (String bad : List.of(
                "",
                "not base64!",
                "a",
                encoded("v2.1.1.1"),
                encoded("v1.1.1"),
                encoded("v1.1.1.1.1"),
                encoded("v1.-1.1.1"),
                encoded("v1.01.1.1"),
                encoded("v1.1.1.99999999999999999999"),
                encoded("v1.1.1.9223372036854775807"),
                "x".repeat(201))) {
            var refused = assertThrows(ValidationFailed.class, () -> SyncCursor.parse(bad), bad);
            assertEquals(List.of("cursor"), List.copyOf(refused.errors().keySet()));
        }
    }

    @Test
    void a_cursor_expires_after_thirty_days() {
        var cursor = new SyncCursor(ChangePosition.START, NOW);

        assertFalse(cursor.isExpiredAt(NOW.plus(Duration.ofDays(30))));
        assertTrue(cursor.isExpiredAt(NOW.plus(Duration.ofDays(30)).plusSeconds(1)));
        assertEquals(SyncCursor.EXPIRED, cursor.expired().code());
    }

    @Test
    void a_page_with_more_waiting_stands_at_its_last_change_and_keeps_the_cursor_time() {
        var asked = new SyncCursor(new ChangePosition(10, 1), NOW.minus(Duration.ofDays(3)));
        var batch = new ChangeBatch<String>(List.of(new Change.Live<>("a")), new ChangePosition(20, 7), true, 50);

        var page = ChangePage.after(Optional.of(asked), batch, NOW);

        assertEquals(new SyncCursor(new ChangePosition(20, 7), asked.issuedAt()), page.next());
        assertTrue(page.hasMore());
        assertEquals(NOW, ChangePage.after(Optional.empty(), batch, NOW).next().issuedAt(), "a first page is now");
    }

    @Test
    void a_page_that_ends_the_feed_moves_up_to_the_horizon_at_now_and_never_back() {
        var asked = new SyncCursor(new ChangePosition(10, 1), NOW.minus(Duration.ofDays(3)));
        var empty = new ChangeBatch<String>(List.of(), asked.position(), false, 50);

        assertEquals(
                new SyncCursor(ChangePosition.below(50), NOW),
                ChangePage.after(Optional.of(asked), empty, NOW).next());
        var behind = new ChangeBatch<String>(List.of(), new ChangePosition(80, 3), false, 50);
        assertEquals(
                new ChangePosition(80, 3),
                ChangePage.after(Optional.of(asked), behind, NOW).next().position());
    }

    @Test
    void per_page_defaults_to_100_is_capped_at_500_and_is_at_least_1() {
        assertEquals(100, ChangeRequest.of(Optional.empty(), null).perPage());
        assertEquals(500, ChangeRequest.of(Optional.empty(), 100_000).perPage());
        var refused = assertThrows(ValidationFailed.class, () -> ChangeRequest.of(Optional.empty(), 0));
        assertTrue(refused.errors().containsKey("per_page"));
        assertEquals(ChangePosition.START, ChangeRequest.of(Optional.empty(), 5).position());
    }
}
