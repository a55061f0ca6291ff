package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline rules that concurrency could break, over HTTP against one database: the default
 * flag (held by one advisory lock and a partial unique index) and the stage positions (rewritten
 * under the pipeline's row lock, a deferred unique constraint behind them).
 */
class PipelineRacesEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String THREE_STAGES = """
            [{"name": "Lead", "kind": "open"}, {"name": "Won", "kind": "won"}, {"name": "Lost", "kind": "lost"}]""";
    private static final int ROUNDS = 20;

    private static CrmHarness crm;
    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        // A database of its own: the first pipeline of a database becomes the default, and which is the
        // default is the one state every pipeline test changes.
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        threads = Executors.newFixedThreadPool(8);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        crm.close();
    }

    private static long create(String name) {
        var created =
                crm.post("/api/pipelines", ADMIN, "{\"name\": \"" + name + "\", \"stages\": " + THREE_STAGES + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static List<Long> defaults() {
        return crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT id FROM pipelines WHERE is_default AND deleted_at IS NULL ORDER BY id");
            var ids = new ArrayList<Long>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        });
    }

    /** Runs the calls at once (a barrier releases them together) and answers their results in order. */
    private static List<HttpResult> together(List<java.util.function.Supplier<HttpResult>> calls) throws Exception {
        var barrier = new CyclicBarrier(calls.size());
        var futures = new ArrayList<CompletableFuture<HttpResult>>();
        for (var call : calls) {
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            barrier.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return call.get();
                    },
                    threads));
        }
        var results = new ArrayList<HttpResult>();
        for (var future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void two_concurrent_make_default_calls_leave_exactly_one_default_every_round() throws Exception {
        create("Round 0");
        for (int round = 1; round <= ROUNDS; round++) {
            long a = create("Round " + round + " a");
            long b = create("Round " + round + " b");
            var results = together(List.of(
                    () -> crm.patch("/api/pipelines/" + a, ADMIN, "{\"is_default\": true}"),
                    () -> crm.patch("/api/pipelines/" + b, ADMIN, "{\"is_default\": true}")));
            for (var result : results) {
                assertEquals(200, result.status(), result::toString);
            }
            var now = defaults();
            assertEquals(1, now.size(), "round " + round + ": " + now);
            assertTrue(now.getFirst() == a || now.getFirst() == b, () -> "the later of the two: " + now);
        }
    }

    @Test
    void concurrent_creates_asking_for_the_default_leave_exactly_one() throws Exception {
        var calls = new ArrayList<java.util.function.Supplier<HttpResult>>();
        for (int i = 0; i < 6; i++) {
            String name = "Concurrent default " + i;
            calls.add(() -> crm.post(
                    "/api/pipelines",
                    ADMIN,
                    "{\"name\": \"" + name + "\", \"is_default\": true, \"stages\": " + THREE_STAGES + "}"));
        }
        for (var result : together(calls)) {
            assertEquals(201, result.status(), result::toString);
        }
        assertEquals(1, defaults().size(), defaults()::toString);
    }

    @Test
    void concurrent_stage_reorders_and_adds_keep_positions_unique_and_contiguous() throws Exception {
        long id = create("Raced stages");
        String stages = "/api/pipelines/" + id + "/stages";
        var calls = new ArrayList<java.util.function.Supplier<HttpResult>>();
        for (int worker = 0; worker < 8; worker++) {
            int w = worker;
            calls.add(() -> {
                var random = new Random(w);
                HttpResult last = null;
                for (int i = 0; i < 5; i++) {
                    if (w % 2 == 0) {
                        last = crm.post(
                                stages,
                                ADMIN,
                                "{\"name\": \"W" + w + " " + i + "\", \"kind\": \"open\", \"position\": "
                                        + random.nextInt(6) + "}");
                        assertEquals(200, last.status(), last::toString);
                    } else {
                        var ids = new ArrayList<Long>();
                        crm.get("/api/pipelines/" + id, ADMIN)
                                .json()
                                .path("data")
                                .path("stages")
                                .forEach(stage -> ids.add(stage.path("id").asLong()));
                        Collections.shuffle(ids, random);
                        last = crm.put(stages + "/order", ADMIN, "{\"stage_ids\": " + ids + "}");
                        // A reorder read before a concurrent add names too few stages: refused, never a 5xx.
                        assertTrue(last.status() == 200 || last.status() == 422, last::toString);
                    }
                }
                return last;
            });
        }
        together(calls);

        var positions = crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT position FROM pipeline_stages WHERE pipeline_id = " + id
                            + " AND deleted_at IS NULL ORDER BY position");
            var found = new ArrayList<Integer>();
            while (rows.next()) {
                found.add(rows.getInt(1));
            }
            return found;
        });
        assertEquals(3 + 4 * 5, positions.size(), "every add landed");
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(i, positions.get(i), positions::toString);
        }
        JsonNode answered = crm.get("/api/pipelines/" + id, ADMIN).json().path("data");
        assertEquals(positions.size(), answered.path("stages").size());
        assertEquals(1 + 4 * 5 + reorders(id), answered.path("version").asLong(), "one version per change");
    }

    /** The reorders that changed the order: each an audit row, as every change. */
    private static long reorders(long id) {
        return crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT count(*) FROM activity_log WHERE subject_type = 'pipeline' AND subject_id = '"
                            + id + "' AND event = 'updated'");
            rows.next();
            return rows.getLong(1) - 4 * 5;
        });
    }
}
