package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Projects and their members as a client uses them, end to end, including the audit trail. */
class ProjectsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        // Users the mirror knows: two active ones and one that identity has deactivated.
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-p-agota', 'Ágota Bíró', 'agota@acme.test', true),
                    ('u-p-zoltan', 'Zoltán Kiss', 'zoltan@acme.test', true),
                    ('u-p-gone', 'Gone Person', 'gone@acme.test', false)
                ON CONFLICT (id) DO NOTHING"""));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long createProject(String json) {
        var result = crm.post("/api/projects", ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    private static List<JsonNode> activity(long projectId) {
        return crm.sql(c -> {
            try (var statement = c.prepareStatement("SELECT event, changes::text FROM activity_log"
                    + " WHERE subject_type = 'project' AND subject_id = ? ORDER BY id")) {
                statement.setString(1, Long.toString(projectId));
                var rows = statement.executeQuery();
                var entries = new ArrayList<JsonNode>();
                var mapper = new ObjectMapper();
                while (rows.next()) {
                    var entry = mapper.createObjectNode();
                    entry.put("event", rows.getString(1));
                    try {
                        entry.set("changes", mapper.readTree(rows.getString(2)));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    entries.add(entry);
                }
                return entries;
            }
        });
    }

    private static List<String> events(long projectId) {
        return activity(projectId).stream().map(e -> e.path("event").asText()).toList();
    }

    private static List<String> memberIds(long projectId) {
        var result = crm.get("/api/projects/" + projectId + "/members", ADMIN);
        assertEquals(200, result.status(), result::toString);
        var ids = new ArrayList<String>();
        result.json().path("data").forEach(m -> ids.add(m.path("user_id").asText()));
        return ids;
    }

    @Test
    void a_project_lives_through_create_read_update_delete_and_restore_with_an_audit_row_each_time() {
        var created = crm.post("/api/projects", ADMIN, """
                {"name": "Bükki webshop", "description": "New shop", "start_date": "2026-05-01",
                 "end_date": "2026-06-30", "owner_id": "u-p-agota", "id": 999}""");
        assertEquals(201, created.status(), created::toString);
        var data = created.json().path("data");
        long id = data.path("id").asLong();
        assertTrue(created.header("Location").endsWith("/api/projects/" + id), created.header("Location"));
        assertEquals("active", data.path("status").asText(), "the status defaults to active");
        assertEquals("2026-05-01", data.path("start_date").asText());
        assertEquals("u-p-agota", data.path("owner_id").asText());
        assertEquals("u-admin", data.path("created_by").asText());

        var patched = crm.patch("/api/projects/" + id, ADMIN, "{\"status\":\"on_hold\",\"description\":null}");
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("on_hold", patched.json().path("data").path("status").asText());
        assertTrue(patched.json().path("data").path("description").isNull());
        assertEquals("2026-06-30", patched.json().path("data").path("end_date").asText(), "absent fields are kept");

        var replaced = crm.put("/api/projects/" + id, ADMIN, "{\"name\":\"Bükki webáruház\"}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertTrue(replaced.json().path("data").path("owner_id").isNull(), "PUT replaces every field");
        assertEquals("active", replaced.json().path("data").path("status").asText());

        assertEquals(204, crm.delete("/api/projects/" + id, ADMIN).status());
        assertEquals(404, crm.get("/api/projects/" + id, ADMIN).status());
        assertEquals(404, crm.delete("/api/projects/" + id, ADMIN).status());
        assertEquals(
                200, crm.post("/api/projects/" + id + "/restore", ADMIN, "").status());
        assertEquals(
                "Bükki webáruház",
                crm.get("/api/projects/" + id, ADMIN)
                        .json()
                        .path("data")
                        .path("name")
                        .asText());

        var trail = activity(id);
        assertEquals(List.of("created", "updated", "updated", "deleted", "restored"), events(id));
        assertEquals(
                "u-p-agota",
                trail.get(0).path("changes").path("owner_id").path("after").asText(),
                trail.toString());
        assertEquals(
                "on_hold",
                trail.get(1).path("changes").path("status").path("after").asText(),
                trail.toString());
        assertFalse(trail.get(1).path("changes").has("name"), "only changed fields are recorded");
    }

    @Test
    void an_end_date_before_the_start_date_is_422_on_end_date_and_stores_nothing() {
        var refused = crm.post(
                "/api/projects",
                ADMIN,
                "{\"name\":\"Backwards\",\"start_date\":\"2026-05-02\",\"end_date\":\"2026-05-01\"}");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("validation_failed", refused.error());
        assertTrue(refused.json().path("errors").has("end_date"), refused::toString);

        long id = createProject("{\"name\":\"Forwards\",\"start_date\":\"2026-05-01\",\"end_date\":\"2026-05-31\"}");
        var moved = crm.patch("/api/projects/" + id, ADMIN, "{\"start_date\":\"2026-06-01\"}");
        assertEquals(422, moved.status(), moved::toString);
        assertTrue(moved.json().path("errors").has("end_date"), moved::toString);
        assertEquals(
                "2026-05-01",
                crm.get("/api/projects/" + id, ADMIN)
                        .json()
                        .path("data")
                        .path("start_date")
                        .asText());

        var malformed =
                crm.post("/api/projects", ADMIN, "{\"name\":\"x\",\"start_date\":\"1st of May\",\"status\":\"done\"}");
        assertEquals(422, malformed.status(), malformed::toString);
        assertTrue(
                malformed.json().path("errors").has("start_date")
                        && malformed.json().path("errors").has("status"),
                malformed::toString);
    }

    @Test
    void an_owner_must_be_a_known_active_user() {
        for (String owner : List.of("u-nobody", "u-p-gone")) {
            var refused = crm.post("/api/projects", ADMIN, "{\"name\":\"Owned\",\"owner_id\":\"" + owner + "\"}");
            assertEquals(422, refused.status(), refused::toString);
            assertTrue(refused.json().path("errors").has("owner_id"), refused::toString);
        }
        long id = createProject("{\"name\":\"Owned\"}");
        var unknown = crm.patch("/api/projects/" + id, ADMIN, "{\"owner_id\":\"u-nobody\"}");
        assertEquals(422, unknown.status(), unknown::toString);
        assertEquals(
                200,
                crm.patch("/api/projects/" + id, ADMIN, "{\"owner_id\":\"u-p-zoltan\"}")
                        .status());
    }

    @Test
    void the_list_filters_by_status_searches_without_accents_and_refuses_unknown_statuses_and_sorts() {
        String tag = unique("prj");
        long active = createProject("{\"name\":\"Árvíz " + tag + "\"}");
        long held = createProject("{\"name\":\"Arviz " + tag + "\",\"status\":\"on_hold\"}");
        createProject("{\"name\":\"Other " + tag + "\",\"status\":\"completed\"}");

        var filtered = crm.get("/api/projects?search=ARVIZ%20" + tag + "&status=on_hold", ADMIN);
        assertEquals(200, filtered.status(), filtered::toString);
        assertEquals(1, filtered.json().path("data").size(), filtered::toString);
        assertEquals(held, filtered.json().path("data").path(0).path("id").asLong());

        var both = crm.get("/api/projects?search=arviz%20" + tag + "&sort=-status", ADMIN);
        var ids = new ArrayList<Long>();
        both.json().path("data").forEach(p -> ids.add(p.path("id").asLong()));
        assertEquals(List.of(held, active), ids, "on_hold sorts after active; descending puts it first");

        var badStatus = crm.get("/api/projects?status=done", ADMIN);
        assertEquals(422, badStatus.status());
        assertTrue(badStatus.json().path("errors").has("status"));
        assertEquals(422, crm.get("/api/projects?sort=owner_id", ADMIN).status());
    }

    @Test
    void members_are_added_listed_removed_restored_and_never_doubled_with_an_audit_trail() {
        long id = createProject("{\"name\":\"Team " + unique("t") + "\"}");

        var added = crm.post(
                "/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-zoltan\",\"role\":\"manager\"}");
        assertEquals(201, added.status(), added::toString);
        var member = added.json().path("data");
        assertEquals("u-p-zoltan", member.path("user_id").asText());
        assertEquals("Zoltán Kiss", member.path("name").asText());
        assertEquals("zoltan@acme.test", member.path("email").asText());
        assertEquals("manager", member.path("role").asText());
        assertFalse(member.path("added_at").asText().isEmpty());
        assertTrue(
                added.header("Location").endsWith("/api/projects/" + id + "/members/u-p-zoltan"),
                added.header("Location"));

        var defaulted = crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-agota\"}");
        assertEquals(201, defaulted.status(), defaulted::toString);
        assertEquals("member", defaulted.json().path("data").path("role").asText());
        assertEquals(List.of("u-p-agota", "u-p-zoltan"), memberIds(id), "listed by name");
        assertEquals(
                2,
                crm.get("/api/projects/" + id + "/members", ADMIN)
                        .json()
                        .path("meta")
                        .path("total")
                        .asInt());

        var twice = crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-zoltan\"}");
        assertEquals(422, twice.status(), twice::toString);
        assertEquals("already_a_member", twice.error());

        assertEquals(
                204,
                crm.delete("/api/projects/" + id + "/members/u-p-zoltan", ADMIN).status());
        assertEquals(List.of("u-p-agota"), memberIds(id));
        assertEquals(
                404,
                crm.delete("/api/projects/" + id + "/members/u-p-zoltan", ADMIN).status());

        var back =
                crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-zoltan\",\"role\":\"viewer\"}");
        assertEquals(201, back.status(), back::toString);
        assertEquals("viewer", back.json().path("data").path("role").asText());
        long rows = crm.sql(c -> {
            var result = c.createStatement()
                    .executeQuery("SELECT count(*) FROM project_members WHERE project_id = " + id
                            + " AND user_id = 'u-p-zoltan'");
            result.next();
            return result.getLong(1);
        });
        assertEquals(1, rows, "the removed membership was restored, not copied");

        assertEquals(List.of("created", "member_added", "member_added", "member_removed", "member_added"), events(id));
        var removal = activity(id).get(3).path("changes");
        assertEquals("u-p-zoltan", removal.path("user_id").path("before").asText(), removal::toString);
        assertEquals("manager", removal.path("role").path("before").asText(), removal::toString);
    }

    @Test
    void a_member_must_be_a_known_active_user_with_a_known_role() {
        long id = createProject("{\"name\":\"Strict " + unique("s") + "\"}");
        for (String user : List.of("u-nobody", "u-p-gone")) {
            var refused = crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"" + user + "\"}");
            assertEquals(422, refused.status(), refused::toString);
            assertTrue(refused.json().path("errors").has("user_id"), refused::toString);
        }
        var badRole =
                crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-agota\",\"role\":\"owner\"}");
        assertEquals(422, badRole.status(), badRole::toString);
        assertTrue(badRole.json().path("errors").has("role"), badRole::toString);
        var missing = crm.post("/api/projects/" + id + "/members", ADMIN, "{}");
        assertEquals(422, missing.status(), missing::toString);
        assertTrue(missing.json().path("errors").has("user_id"), missing::toString);
        assertEquals(List.of(), memberIds(id));
    }

    @Test
    void members_of_an_unknown_or_deleted_project_are_404() {
        long id = createProject("{\"name\":\"Doomed " + unique("d") + "\"}");
        assertEquals(
                201,
                crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-agota\"}")
                        .status());
        assertEquals(204, crm.delete("/api/projects/" + id, ADMIN).status());

        assertEquals(404, crm.get("/api/projects/" + id + "/members", ADMIN).status());
        assertEquals(
                404,
                crm.post("/api/projects/" + id + "/members", ADMIN, "{\"user_id\":\"u-p-zoltan\"}")
                        .status());
        assertEquals(
                404,
                crm.delete("/api/projects/" + id + "/members/u-p-agota", ADMIN).status());
        assertEquals(404, crm.get("/api/projects/987654321/members", ADMIN).status());

        assertEquals(
                200, crm.post("/api/projects/" + id + "/restore", ADMIN, "").status());
        assertEquals(List.of("u-p-agota"), memberIds(id), "a restored project keeps its team");
    }

    @Test
    void a_member_without_project_policies_is_forbidden_every_project_route() {
        long id = createProject("{\"name\":\"Private " + unique("p") + "\"}");
        String member = TestTokens.MEMBER;
        assertEquals(403, crm.get("/api/projects", member).status());
        assertEquals(
                403, crm.post("/api/projects", member, "{\"name\":\"Mine\"}").status());
        assertEquals(403, crm.get("/api/projects/" + id, member).status());
        assertEquals(
                403,
                crm.patch("/api/projects/" + id, member, "{\"name\":\"Mine\"}").status());
        assertEquals(403, crm.delete("/api/projects/" + id, member).status());
        assertEquals(403, crm.get("/api/projects/" + id + "/members", member).status());
        var add = crm.post("/api/projects/" + id + "/members", member, "{\"user_id\":\"u-1001\"}");
        assertEquals(403, add.status(), add::toString);
        assertEquals(
                403,
                crm.delete("/api/projects/" + id + "/members/u-p-agota", member).status());
        assertEquals(List.of("created"), events(id), "nothing was changed");
    }
}
