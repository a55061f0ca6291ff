package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Pipelines and their stages as a client uses them, end to end, with the audit trail, ETags and the feed. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelinesEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String THREE_STAGES = """
            [{"name": "Lead", "kind": "open"}, {"name": "Won", "kind": "won"}, {"name": "Lost", "kind": "lost"}]""";
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        // A database of its own: the first pipeline of a database becomes the default, and which is the
        // default is the one state every pipeline test changes.
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static JsonNode create(String name, boolean isDefault) {
        var created = crm.post(
                "/api/pipelines",
                ADMIN,
                "{\"name\": \"" + name + "\", \"is_default\": " + isDefault + ", \"stages\": " + THREE_STAGES + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data");
    }

    private static JsonNode pipeline(long id) {
        var read = crm.get("/api/pipelines/" + id, ADMIN);
        assertEquals(200, read.status(), read::toString);
        return read.json().path("data");
    }

    private static List<String> stageNames(JsonNode pipeline) {
        var names = new ArrayList<String>();
        pipeline.path("stages").forEach(stage -> names.add(stage.path("name").asText()));
        return names;
    }

    private static long stageId(JsonNode pipeline, String name) {
        for (JsonNode stage : pipeline.path("stages")) {
            if (stage.path("name").asText().equals(name)) {
                return stage.path("id").asLong();
            }
        }
        throw new AssertionError("no stage " + name + " in " + pipeline);
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

    private static List<JsonNode> activity(long id) {
        return crm.sql(c -> {
            try (var statement = c.prepareStatement("SELECT event, changes::text FROM activity_log"
                    + " WHERE subject_type = 'pipeline' AND subject_id = ? ORDER BY id")) {
                statement.setString(1, Long.toString(id));
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

    private static List<String> events(long id) {
        return activity(id).stream().map(e -> e.path("event").asText()).toList();
    }

    private static HttpResult withIfMatch(String method, String path, String tag, String json) {
        var request = crm.request(path, ADMIN).header("If-Match", tag);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return crm.send(request);
    }

    private static void refused(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
    }

    @Test
    @Order(0)
    void the_first_pipeline_becomes_the_default_though_it_did_not_ask() {
        assertEquals(List.of(), defaults(), "a fresh database has no pipeline");
        var first = create(unique("First"), false);
        assertTrue(first.path("is_default").asBoolean(), first::toString);
        assertEquals(List.of(first.path("id").asLong()), defaults());
    }

    @Test
    @Order(1)
    void a_pipeline_lives_through_create_read_update_delete_and_restore_with_an_audit_row_each_time() {
        String name = unique("Neukunden");
        var created = crm.post("/api/pipelines", ADMIN, """
                {"name": "%s", "currency": "huf", "id": 999, "stages": [
                  {"name": "Lead", "kind": "open", "probability": 10},
                  {"name": "Proposal", "kind": "open"},
                  {"name": "Won", "kind": "won"},
                  {"name": "Lost", "kind": "lost"}]}""".formatted(name));
        assertEquals(201, created.status(), created::toString);
        var data = created.json().path("data");
        long id = data.path("id").asLong();
        assertTrue(created.header("Location").endsWith("/api/pipelines/" + id), created.header("Location"));
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals("HUF", data.path("currency").asText(), "stored upper-case");
        assertFalse(data.path("is_default").asBoolean(), "another pipeline is the default already");
        assertEquals("u-admin", data.path("created_by").asText());
        assertEquals(List.of("Lead", "Proposal", "Won", "Lost"), stageNames(data));
        var stages = data.path("stages");
        for (int i = 0; i < 4; i++) {
            assertEquals(i, stages.get(i).path("position").asInt(), stages::toString);
        }
        assertEquals(10, stages.get(0).path("probability").asInt());
        assertEquals(50, stages.get(1).path("probability").asInt(), "an open stage's default");
        assertEquals(100, stages.get(2).path("probability").asInt(), "a won stage's default");
        assertEquals(0, stages.get(3).path("probability").asInt(), "a lost stage's default");
        assertEquals("won", stages.get(2).path("kind").asText());

        var patched = crm.patch("/api/pipelines/" + id, ADMIN, "{\"currency\": null}");
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("EUR", patched.json().path("data").path("currency").asText(), "null is the default currency");
        var replaced = crm.put("/api/pipelines/" + id, ADMIN, "{\"name\": \"" + name + " v2\"}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(4, replaced.json().path("data").path("stages").size(), "PUT leaves the stages");
        var unchanged = crm.patch("/api/pipelines/" + id, ADMIN, "{\"name\": \"" + name + " v2\"}");
        assertEquals(3, unchanged.json().path("data").path("version").asLong(), "a change of nothing writes nothing");

        assertEquals(204, crm.delete("/api/pipelines/" + id, ADMIN).status());
        refused(404, "not_found", crm.get("/api/pipelines/" + id, ADMIN));
        assertFalse(crm.get("/api/pipelines?per_page=100", ADMIN).body().contains(name), "not listed");
        var restored = crm.post("/api/pipelines/" + id + "/restore", ADMIN, "");
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(
                List.of("Lead", "Proposal", "Won", "Lost"),
                stageNames(restored.json().path("data")));

        assertEquals(List.of("created", "updated", "updated", "deleted", "restored"), events(id));
        var creation = activity(id).getFirst().path("changes");
        assertEquals(4, creation.path("stages").path("after").size(), creation::toString);
    }

    @Test
    @Order(2)
    void invalid_input_is_a_422_naming_each_field_and_the_stage_rules_have_codes_of_their_own() {
        var invalid = crm.post("/api/pipelines", ADMIN, """
                {"name": " ", "currency": "EURO", "stages": [
                  {"name": "Lead", "kind": "open", "probability": 101},
                  {"name": "", "kind": "maybe"}]}""");
        refused(422, "validation_failed", invalid);
        var errors = invalid.json().path("errors");
        for (String field : List.of("name", "currency", "stages.0.probability", "stages.1.name", "stages.1.kind")) {
            assertTrue(errors.has(field), () -> field + " in " + errors);
        }

        refused(422, "stage_kind_missing", crm.post("/api/pipelines", ADMIN, "{\"name\": \"" + unique("None") + "\"}"));
        refused(422, "stage_kind_missing", crm.post("/api/pipelines", ADMIN, """
                        {"name": "%s", "stages": [{"name": "Lead", "kind": "open"}, {"name": "Won", "kind": "won"}]}""".formatted(unique("No lost"))));
        refused(422, "stage_name_taken", crm.post("/api/pipelines", ADMIN, """
                        {"name": "%s", "stages": [{"name": "Lead", "kind": "open"}, {"name": "LEAD", "kind": "won"},
                                                  {"name": "Lost", "kind": "lost"}]}""".formatted(unique("Twice"))));
        refused(
                400,
                "malformed_request",
                crm.post("/api/pipelines", ADMIN, "{\"name\": \"x\", \"stages\": [\"Lead\"]}"));
        refused(400, "malformed_request", crm.patch("/api/pipelines/1", ADMIN, "{\"is_default\": \"yes\"}"));
    }

    @Test
    @Order(3)
    void names_are_unique_ignoring_case_among_live_pipelines() {
        String name = unique("Partner");
        long first = create(name, false).path("id").asLong();
        refused(
                422,
                "pipeline_name_taken",
                crm.post(
                        "/api/pipelines",
                        ADMIN,
                        "{\"name\": \"" + name.toUpperCase() + "\", \"stages\": " + THREE_STAGES + "}"));
        long other = create(unique("Other"), false).path("id").asLong();
        refused(
                422,
                "pipeline_name_taken",
                crm.patch("/api/pipelines/" + other, ADMIN, "{\"name\": \"" + name + "\"}"));

        assertEquals(204, crm.delete("/api/pipelines/" + first, ADMIN).status());
        long second = create(name.toLowerCase(), false).path("id").asLong();
        refused(422, "pipeline_name_taken", crm.post("/api/pipelines/" + first + "/restore", ADMIN, ""));
        assertEquals(name.toLowerCase(), pipeline(second).path("name").asText());
    }

    @Test
    @Order(4)
    void making_another_pipeline_the_default_moves_the_flag_and_the_default_is_neither_deleted_nor_unflagged() {
        long before = defaults().getFirst();
        long versionBefore = pipeline(before).path("version").asLong();

        var next = create(unique("Next default"), true);
        long nextId = next.path("id").asLong();
        assertTrue(next.path("is_default").asBoolean());
        assertEquals(List.of(nextId), defaults(), "exactly one default");
        var former = pipeline(before);
        assertFalse(former.path("is_default").asBoolean());
        assertEquals(versionBefore + 1, former.path("version").asLong(), "the former default changed");
        var handedOver = activity(before).getLast();
        assertEquals("updated", handedOver.path("event").asText());
        assertEquals(
                false,
                handedOver.path("changes").path("is_default").path("after").asBoolean(true));

        refused(422, "pipeline_is_default", crm.delete("/api/pipelines/" + nextId, ADMIN));
        refused(422, "pipeline_is_default", crm.patch("/api/pipelines/" + nextId, ADMIN, "{\"is_default\": false}"));
        refused(422, "pipeline_is_default", crm.put("/api/pipelines/" + nextId, ADMIN, "{\"name\": \"renamed\"}"));

        var back = crm.patch("/api/pipelines/" + before, ADMIN, "{\"is_default\": true}");
        assertEquals(200, back.status(), back::toString);
        assertEquals(List.of(before), defaults());
        assertFalse(pipeline(nextId).path("is_default").asBoolean());
        assertEquals(204, crm.delete("/api/pipelines/" + nextId, ADMIN).status(), "no longer the default");
        long listedDefaults = 0;
        for (JsonNode listed :
                crm.get("/api/pipelines?per_page=100", ADMIN).json().path("data")) {
            listedDefaults += listed.path("is_default").asBoolean() ? 1 : 0;
        }
        assertEquals(1, listedDefaults);
    }

    @Test
    @Order(5)
    void stages_are_added_edited_deleted_and_reordered_each_time_a_new_version_and_etag_of_the_pipeline() {
        long id = create(unique("Stages"), false).path("id").asLong();
        String stages = "/api/pipelines/" + id + "/stages";

        var added = crm.post(
                stages, ADMIN, "{\"name\": \"Demo\", \"kind\": \"open\", \"probability\": 30, \"position\": 1}");
        assertEquals(200, added.status(), added::toString);
        assertEquals("\"2\"", added.header("ETag"));
        assertEquals(
                List.of("Lead", "Demo", "Won", "Lost"), stageNames(added.json().path("data")));
        var last = crm.post(stages, ADMIN, "{\"name\": \"Closing\", \"kind\": \"open\"}");
        assertEquals(
                List.of("Lead", "Demo", "Won", "Lost", "Closing"),
                stageNames(last.json().path("data")));
        long demo = stageId(last.json().path("data"), "Demo");

        var edited = crm.patch(stages + "/" + demo, ADMIN, "{\"name\": \"Product demo\", \"probability\": null}");
        assertEquals(200, edited.status(), edited::toString);
        assertEquals("\"4\"", edited.header("ETag"));
        var demoStage = edited.json().path("data").path("stages").get(1);
        assertEquals("Product demo", demoStage.path("name").asText());
        assertEquals(50, demoStage.path("probability").asInt(), "null is the kind's default");

        var pipeline = pipeline(id);
        long closing = stageId(pipeline, "Closing");
        assertEquals(204, crm.delete(stages + "/" + closing, ADMIN).status());
        var read = crm.get("/api/pipelines/" + id, ADMIN);
        assertEquals("\"5\"", read.header("ETag"));
        assertEquals(
                List.of("Lead", "Product demo", "Won", "Lost"),
                stageNames(read.json().path("data")));
        var stale = crm.send(crm.request("/api/pipelines/" + id, ADMIN)
                .header("If-None-Match", "\"4\"")
                .GET());
        assertEquals(200, stale.status(), "a stage change is a new version of the pipeline");
        var fresh = crm.send(crm.request("/api/pipelines/" + id, ADMIN)
                .header("If-None-Match", "\"5\"")
                .GET());
        assertEquals(304, fresh.status());

        var current = read.json().path("data");
        var order = "{\"stage_ids\": [%d, %d, %d, %d]}"
                .formatted(
                        stageId(current, "Won"),
                        stageId(current, "Lost"),
                        stageId(current, "Product demo"),
                        stageId(current, "Lead"));
        refused(412, "precondition_failed", withIfMatch("PUT", stages + "/order", "\"4\"", order));
        assertEquals(5, pipeline(id).path("version").asLong(), "a refused change changes nothing");
        var reordered = withIfMatch("PUT", stages + "/order", "\"5\"", order);
        assertEquals(200, reordered.status(), reordered::toString);
        assertEquals("\"6\"", reordered.header("ETag"));
        var after = reordered.json().path("data");
        assertEquals(List.of("Won", "Lost", "Product demo", "Lead"), stageNames(after));
        for (int i = 0; i < 4; i++) {
            assertEquals(i, after.path("stages").get(i).path("position").asInt());
        }
        refused(
                412,
                "precondition_failed",
                withIfMatch("POST", stages, "\"5\"", "{\"name\": \"Late\", \"kind\": \"open\"}"));
        refused(412, "precondition_failed", withIfMatch("DELETE", stages + "/" + demo, "\"5\"", null));

        // Audited as changes of the pipeline, with its stages before and after.
        var audit = activity(id);
        assertEquals(List.of("created", "updated", "updated", "updated", "updated", "updated"), events(id));
        for (JsonNode entry : audit.subList(1, audit.size())) {
            assertEquals(List.of("stages"), fieldNames(entry.path("changes")), entry::toString);
        }
    }

    @Test
    @Order(6)
    void stage_changes_keep_the_pipeline_rules_and_a_stage_of_another_pipeline_is_not_found() {
        var pipeline = create(unique("Rules"), false);
        long id = pipeline.path("id").asLong();
        String stages = "/api/pipelines/" + id + "/stages";
        long won = stageId(pipeline, "Won");
        long lost = stageId(pipeline, "Lost");
        long lead = stageId(pipeline, "Lead");

        refused(422, "stage_kind_missing", crm.delete(stages + "/" + won, ADMIN));
        refused(422, "stage_kind_missing", crm.patch(stages + "/" + lost, ADMIN, "{\"kind\": \"open\"}"));
        refused(422, "stage_name_taken", crm.patch(stages + "/" + lead, ADMIN, "{\"name\": \"WON\"}"));
        refused(422, "stage_name_taken", crm.post(stages, ADMIN, "{\"name\": \"lost\", \"kind\": \"lost\"}"));
        var invalid = crm.post(stages, ADMIN, "{\"kind\": \"later\", \"probability\": -5}");
        refused(422, "validation_failed", invalid);
        for (String field : List.of("name", "kind", "probability")) {
            assertTrue(invalid.json().path("errors").has(field), invalid::toString);
        }

        var other = create(unique("Other rules"), false);
        long otherStage = stageId(other, "Lead");
        refused(404, "not_found", crm.patch(stages + "/" + otherStage, ADMIN, "{\"name\": \"Mine\"}"));
        refused(404, "not_found", crm.delete(stages + "/" + otherStage, ADMIN));
        refused(404, "not_found", crm.delete(stages + "/abc", ADMIN));
        refused(
                422,
                "validation_failed",
                crm.put(stages + "/order", ADMIN, "{\"stage_ids\": [%d, %d, %d]}".formatted(lead, won, otherStage)));
        var incomplete = crm.put(stages + "/order", ADMIN, "{\"stage_ids\": [%d, %d]}".formatted(lead, won));
        refused(422, "validation_failed", incomplete);
        assertTrue(incomplete.json().path("errors").has("stage_ids"), incomplete::toString);
        refused(422, "validation_failed", crm.put(stages + "/order", ADMIN, "{}"));
        assertEquals(1, pipeline(id).path("version").asLong(), "nothing refused was written");

        assertEquals(204, crm.delete("/api/pipelines/" + id, ADMIN).status());
        refused(404, "not_found", crm.post(stages, ADMIN, "{\"name\": \"Late\", \"kind\": \"open\"}"));
        refused(
                403,
                "no_policies",
                crm.post(
                        "/api/pipelines/" + other.path("id").asLong() + "/stages",
                        TestTokens.MEMBER_WITHOUT_POLICIES,
                        "{\"name\": \"Sneaky\", \"kind\": \"open\"}"));
    }

    @Test
    @Order(7)
    void the_changes_feed_shows_pipelines_and_a_stage_change_brings_the_pipeline_again() {
        var feed = new ChangesFeed(crm, "/api/pipelines/changes", ADMIN);
        long id = create(unique("Feed"), false).path("id").asLong();
        String cursor = feed.cursorAfter(id);

        var added = crm.post("/api/pipelines/" + id + "/stages", ADMIN, "{\"name\": \"Fed\", \"kind\": \"open\"}");
        assertEquals(200, added.status(), added::toString);
        var synced = feed.syncUntil(cursor, seen -> seen.containsKey(id));
        assertEquals(added.json().path("data"), synced.latest().get(id), "exactly the item's JSON");

        assertEquals(204, crm.delete("/api/pipelines/" + id, ADMIN).status());
        var gone = feed.syncUntil(synced.cursor(), seen -> seen.containsKey(id));
        assertTrue(
                ChangesFeed.isTombstone(gone.latest().get(id)),
                () -> gone.latest().toString());
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
