package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A client of one changes feed over HTTP, as the README describes it: pages of
 * {@code {"data", "meta": {"next_cursor", "has_more"}}}, cursors in their documented format
 * (base64url of {@code v1.<xid>.<id>.<issued-at epoch seconds>}), and a copy of the records that
 * applies each page (a tombstone removes the record).
 */
final class ChangesFeed {
    /**
     * How long a test waits for changes to reach the feed. The horizon is the oldest transaction
     * running anywhere on the Postgres server, so another suite's open transaction on the same
     * server holds every feed back for as long as it runs; an idle server serves at once.
     */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final CrmHarness crm;
    private final String route;
    private final String token;

    ChangesFeed(CrmHarness crm, String route, String token) {
        this.crm = crm;
        this.route = route;
        this.token = token;
    }

    /** One page as the feed answered it. */
    record Page(List<JsonNode> data, String next, boolean hasMore) {
        List<Long> ids() {
            return data.stream().map(entry -> entry.path("id").asLong()).toList();
        }
    }

    /** The answer to one call, any status. */
    HttpResult call(String cursor, Integer perPage) {
        var query = new ArrayList<String>();
        if (cursor != null) {
            query.add("cursor=" + cursor);
        }
        if (perPage != null) {
            query.add("per_page=" + perPage);
        }
        return crm.get(route + (query.isEmpty() ? "" : "?" + String.join("&", query)), token);
    }

    /** One page, which must be a 200 of the documented shape. */
    Page page(String cursor, Integer perPage) {
        var result = call(cursor, perPage);
        assertEquals(200, result.status(), () -> route + ": " + result);
        JsonNode body = result.json();
        assertEquals(List.of("data", "meta"), fieldNames(body), body::toString);
        assertEquals(List.of("has_more", "next_cursor"), fieldNames(body.path("meta")), body::toString);
        var data = new ArrayList<JsonNode>();
        body.path("data").forEach(data::add);
        return new Page(
                data,
                body.path("meta").path("next_cursor").asText(),
                body.path("meta").path("has_more").asBoolean());
    }

    /** Reads pages from {@code cursor} until one says nothing more is waiting; every page in order. */
    List<Page> drain(String cursor, Integer perPage) {
        var pages = new ArrayList<Page>();
        String at = cursor;
        for (int i = 0; i < 10_000; i++) {
            Page page = page(at, perPage);
            pages.add(page);
            at = page.next();
            if (!page.hasMore()) {
                return pages;
            }
        }
        throw new AssertionError(route + " never ended");
    }

    /**
     * Drains from {@code cursor} again and again until what was read since {@code cursor} (the
     * latest entry of each record) meets {@code done}; the changes seen and the cursor reached.
     */
    Synced syncUntil(String cursor, Predicate<Map<Long, JsonNode>> done) {
        var latest = new LinkedHashMap<Long, JsonNode>();
        String at = cursor;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            for (Page page : drain(at, null)) {
                page.data().forEach(entry -> latest.put(entry.path("id").asLong(), entry));
                at = page.next();
            }
            if (done.test(latest)) {
                return new Synced(latest, at);
            }
            assertTrue(
                    System.nanoTime() < deadline, "the feed " + route + " did not serve what was expected: " + latest);
            pause(Duration.ofMillis(50));
        }
    }

    /** A cursor past everything the feed holds now, once {@code id} has reached it (it must be in it). */
    String cursorAfter(long id) {
        return syncUntil(null, seen -> seen.containsKey(id)).cursor();
    }

    /** What a sync read, the latest entry per record, and where it ended. */
    record Synced(Map<Long, JsonNode> latest, String cursor) {}

    /** Whether an entry is a tombstone: exactly {@code id} and {@code deleted_at}. */
    static boolean isTombstone(JsonNode entry) {
        return fieldNames(entry).equals(List.of("deleted_at", "id"));
    }

    /** A cursor in the documented format, for positions and times a test needs. */
    static String cursor(long xid, long id, Instant issuedAt) {
        String plain = "v1." + xid + "." + id + "." + issuedAt.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The transaction id of a cursor's position, read from the documented format. */
    static long xidOf(String cursor) {
        return Long.parseLong(parts(cursor)[1]);
    }

    /** The issue time of a cursor, read from the documented format. */
    static Instant issuedAt(String cursor) {
        return Instant.ofEpochSecond(Long.parseLong(parts(cursor)[3]));
    }

    private static String[] parts(String cursor) {
        String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        String[] parts = plain.split("\\.");
        assertEquals(4, parts.length, plain);
        assertEquals("v1", parts[0], plain);
        return parts;
    }

    static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        return names;
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
