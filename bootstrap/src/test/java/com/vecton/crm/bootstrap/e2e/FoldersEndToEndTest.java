package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Document folders over HTTP: the tree, names among siblings, moves that never make a cycle (also racing), recursive delete. */
class FoldersEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of("DB_POOL_SIZE", "8"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static JsonNode folder(String name, Long parent) {
        var created = crm.post(
                "/api/document-folders",
                ADMIN,
                "{\"name\": \"" + name + "\", \"parent_id\": " + (parent == null ? "null" : parent) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data");
    }

    private static HttpResult move(long id, Long parent) {
        return crm.patch(
                "/api/document-folders/" + id, ADMIN, "{\"parent_id\": " + (parent == null ? "null" : parent) + "}");
    }

    private static long parentOf(long id) {
        return crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT coalesce(parent_id, 0) FROM document_folders WHERE id = " + id);
            rows.next();
            return rows.getLong(1);
        });
    }

    @Test
    void names_are_unique_among_live_siblings_ignoring_case_and_accents() {
        var parent = folder(unique("Kunden"), null);
        long p = parent.path("id").asLong();
        folder("Verträge", p);
        var taken = crm.post("/api/document-folders", ADMIN, "{\"name\": \"VERTRAGE\", \"parent_id\": " + p + "}");
        assertEquals(422, taken.status(), taken::toString);
        assertEquals("folder_name_taken", taken.error());
        folder("Verträge", folder(unique("Lieferanten"), null).path("id").asLong());
        var unknownParent = crm.post("/api/document-folders", ADMIN, "{\"name\": \"x\", \"parent_id\": 999999}");
        assertEquals(422, unknownParent.status());
        assertTrue(unknownParent.json().path("errors").has("parent_id"), unknownParent::toString);
        // A parent id that can name no folder is the same 422, never a 500 (found by the fuzz test).
        for (String impossible : new String[] {"0", "-1"}) {
            var refused =
                    crm.post("/api/document-folders", ADMIN, "{\"name\": \"x\", \"parent_id\": " + impossible + "}");
            assertEquals(422, refused.status(), refused::toString);
            assertTrue(refused.json().path("errors").has("parent_id"), refused::toString);
        }
        var children = crm.get("/api/document-folders?parent_id=" + p, ADMIN);
        assertEquals(200, children.status(), children::toString);
        assertEquals(1, children.json().path("data").size());
        assertEquals(
                "Verträge", children.json().path("data").path(0).path("name").asText());
    }

    @Test
    void a_move_into_itself_or_below_itself_is_a_cycle() {
        long a = folder(unique("A"), null).path("id").asLong();
        long b = folder("B", a).path("id").asLong();
        long c = folder("C", b).path("id").asLong();
        var intoGrandchild = move(a, c);
        assertEquals(422, intoGrandchild.status(), intoGrandchild::toString);
        assertEquals("folder_cycle", intoGrandchild.error());
        var intoItself = move(a, a);
        assertEquals(422, intoItself.status());
        var fine = move(c, a);
        assertEquals(200, fine.status(), fine::toString);
        assertEquals(a, fine.json().path("data").path("parent_id").asLong());
        assertEquals(200, move(c, null).status());
        assertEquals(0, parentOf(c));
    }

    @Test
    void two_moves_that_together_would_close_a_cycle_never_both_land() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 20; round++) {
            long x = folder(unique("X"), null).path("id").asLong();
            long y = folder(unique("Y"), null).path("id").asLong();
            var go = new CountDownLatch(1);
            Future<HttpResult> xIntoY = pool.submit(() -> {
                go.await();
                return move(x, y);
            });
            Future<HttpResult> yIntoX = pool.submit(() -> {
                go.await();
                return move(y, x);
            });
            go.countDown();
            var first = xIntoY.get(30, TimeUnit.SECONDS);
            var second = yIntoX.get(30, TimeUnit.SECONDS);
            var statuses = new ArrayList<>(List.of(first.status(), second.status()));
            statuses.sort(null);
            assertEquals(List.of(200, 422), statuses, () -> first + " / " + second);
            assertTrue(parentOf(x) == 0 || parentOf(y) == 0, "one of them is still at the top level");
        }
        pool.shutdown();
    }

    @Test
    void a_folder_with_content_needs_recursive_and_then_goes_with_all_of_it() {
        long top = folder(unique("Archiv"), null).path("id").asLong();
        long mid = folder("2025", top).path("id").asLong();
        long leaf = folder("Q4", mid).path("id").asLong();
        var refused = crm.delete("/api/document-folders/" + top, ADMIN);
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("folder_not_empty", refused.error());
        assertEquals(
                204,
                crm.delete("/api/document-folders/" + top + "?recursive=true", ADMIN)
                        .status());
        for (long id : new long[] {top, mid, leaf}) {
            assertEquals(404, crm.get("/api/document-folders/" + id, ADMIN).status());
        }
        var orphan = crm.post("/api/document-folders/" + leaf + "/restore", ADMIN, "");
        assertEquals(422, orphan.status(), orphan::toString);
        assertEquals("folder_parent_deleted", orphan.error());
        assertEquals(
                200,
                crm.post("/api/document-folders/" + top + "/restore", ADMIN, "").status());
        assertEquals(200, crm.get("/api/document-folders/" + top, ADMIN).status());
        assertEquals(
                404, crm.get("/api/document-folders/" + mid, ADMIN).status(), "a restore brings back the folder alone");
        assertEquals(
                422,
                crm.delete("/api/document-folders/" + top + "?recursive=maybe", ADMIN)
                        .status());
    }

    @Test
    void folder_routes_need_their_permissions() {
        assertEquals(403, crm.get("/api/document-folders", TestTokens.MEMBER).status());
        assertEquals(
                403,
                crm.post("/api/document-folders", TestTokens.MEMBER, "{\"name\": \"x\"}")
                        .status());
    }
}
