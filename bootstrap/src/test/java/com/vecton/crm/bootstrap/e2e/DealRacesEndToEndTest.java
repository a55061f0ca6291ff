package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deal rules that concurrency could break, over HTTP against one database: positions in the
 * stages of one pipeline (changed only under the pipeline's row lock, a deferred unique constraint
 * behind them), and the stage delete that moves a stage's deals while others move into it.
 */
class DealRacesEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String STAGES = "[{\"name\": \"Lead\", \"kind\": \"open\"},"
            + " {\"name\": \"Qualified\", \"kind\": \"open\"}, {\"name\": \"Proposal\", \"kind\": \"open\"},"
            + " {\"name\": \"Won\", \"kind\": \"won\"}, {\"name\": \"Lost\", \"kind\": \"lost\"}]";
    private static final int MOVERS = 32;

    private static CrmHarness crm;
    private static ExecutorService threads;
    private static long company;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of("DB_POOL_SIZE", "8", "DB_CONNECT_TIMEOUT_MS", "20000"));
        threads = Executors.newFixedThreadPool(MOVERS);
        var created = crm.post("/api/companies", ADMIN, "{\"name\": \"Race GmbH\"}");
        assertEquals(201, created.status(), created::toString);
        company = created.json().path("data").path("id").asLong();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        crm.close();
    }

    private static JsonNode pipeline(String name) {
        var created = crm.post(
                "/api/pipelines",
                ADMIN,
                "{\"name\": \"" + name + " " + System.nanoTime() + "\", \"stages\": " + STAGES + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data");
    }

    private static List<Long> stageIds(JsonNode pipeline) {
        var ids = new ArrayList<Long>();
        pipeline.path("stages").forEach(stage -> ids.add(stage.path("id").asLong()));
        return ids;
    }

    private static long deal(long pipeline, long stage, int n) {
        var created = crm.post(
                "/api/deals",
                ADMIN,
                "{\"title\": \"Deal " + n + "\", \"company_id\": " + company + ", \"pipeline_id\": " + pipeline
                        + ", \"stage_id\": " + stage + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    /** Runs the calls at once (a barrier releases them together) and answers their results in order. */
    private static List<HttpResult> together(List<Supplier<HttpResult>> calls) throws Exception {
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
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Per stage of the pipeline, the positions of its live deals, in order; and every live deal's stage. */
    private static Map<Long, List<Integer>> positions(long pipeline) {
        return crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT stage_id, position FROM deals WHERE deleted_at IS NULL AND pipeline_id = "
                            + pipeline + " ORDER BY stage_id, position");
            var byStage = new HashMap<Long, List<Integer>>();
            while (rows.next()) {
                byStage.computeIfAbsent(rows.getLong(1), s -> new ArrayList<>()).add(rows.getInt(2));
            }
            return byStage;
        });
    }

    private static void assertContiguous(Map<Long, List<Integer>> byStage, String when) {
        byStage.forEach((stage, positions) -> {
            for (int i = 0; i < positions.size(); i++) {
                assertEquals(i, positions.get(i), when + ": stage " + stage + " has " + positions);
            }
        });
    }

    private static int count(Map<Long, List<Integer>> byStage) {
        return byStage.values().stream().mapToInt(List::size).sum();
    }

    @Test
    void thirty_two_parallel_moves_in_one_pipeline_keep_every_stage_unique_and_contiguous() throws Exception {
        var p = pipeline("Moves");
        long pid = p.path("id").asLong();
        var stages = stageIds(p).subList(0, 3);
        var deals = new ArrayList<Long>();
        for (int i = 0; i < 24; i++) {
            deals.add(deal(pid, stages.get(i % 3), i));
        }
        var random = new Random(20261201L);
        for (int round = 1; round <= 5; round++) {
            var calls = new ArrayList<Supplier<HttpResult>>();
            for (int i = 0; i < MOVERS; i++) {
                long deal = deals.get(random.nextInt(deals.size()));
                long stage = stages.get(random.nextInt(stages.size()));
                int position = random.nextInt(10);
                calls.add(() -> crm.post(
                        "/api/deals/" + deal + "/move",
                        ADMIN,
                        "{\"stage_id\": " + stage + ", \"position\": " + position + "}"));
            }
            for (var result : together(calls)) {
                assertEquals(200, result.status(), result::toString);
            }
            var now = positions(pid);
            assertContiguous(now, "round " + round);
            assertEquals(deals.size(), count(now), "round " + round + ": no deal lost or doubled");
        }
        long history = crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT count(*) FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id"
                            + " WHERE d.pipeline_id = " + pid);
            rows.next();
            return rows.getLong(1);
        });
        assertTrue(history >= deals.size(), "every deal has its creation row at least: " + history);
    }

    @Test
    void moving_deals_out_of_a_deleted_stage_while_others_move_into_it_loses_none() throws Exception {
        for (int round = 1; round <= 5; round++) {
            var p = pipeline("Delete " + round);
            long pid = p.path("id").asLong();
            var stages = stageIds(p);
            long lead = stages.get(0);
            long doomed = stages.get(1);
            long proposal = stages.get(2);
            var incoming = new ArrayList<Long>();
            for (int i = 0; i < 8; i++) {
                deal(pid, doomed, i);
                incoming.add(deal(pid, proposal, 100 + i));
                deal(pid, lead, 200 + i);
            }
            var calls = new ArrayList<Supplier<HttpResult>>();
            calls.add(() -> crm.delete("/api/pipelines/" + pid + "/stages/" + doomed + "?move_to=" + lead, ADMIN));
            for (long deal : incoming) {
                calls.add(() -> crm.post(
                        "/api/deals/" + deal + "/move", ADMIN, "{\"stage_id\": " + doomed + ", \"position\": 0}"));
            }
            var results = together(calls);
            assertEquals(204, results.getFirst().status(), results.getFirst()::toString);
            for (var result : results.subList(1, results.size())) {
                // Before the delete: moved in, and then out with the stage's deals; after it: refused.
                assertTrue(
                        result.status() == 200
                                || (result.status() == 422 && "validation_failed".equals(result.error())),
                        result::toString);
            }
            var now = positions(pid);
            assertContiguous(now, "round " + round);
            assertEquals(24, count(now), "round " + round + ": every deal is live in a live stage: " + now);
            assertTrue(!now.containsKey(doomed), "round " + round + ": the deleted stage holds nothing: " + now);
            long orphans = crm.sql(c -> {
                var rows = c.createStatement()
                        .executeQuery("SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id"
                                + " WHERE s.deleted_at IS NOT NULL AND d.pipeline_id = " + pid);
                rows.next();
                return rows.getLong(1);
            });
            assertEquals(0, orphans, "round " + round + ": no deal, live or deleted, in a deleted stage");
        }
    }
}
