package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Task labels and the activity log as a client uses them, end to end. */
class TaskLabelsAndActivityEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    /** The e2e database is shared by every test class of the run, so names carry a run-unique part. */
    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode createLabel(String name, String color) {
        var body = color == null
                ? "{\"name\": \"" + name + "\"}"
                : "{\"name\": \"" + name + "\", \"color\": \"" + color + "\"}";
        var result = crm.post("/api/task-labels", ADMIN, body);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data");
    }

    private static long create(String path, String json) {
        var result = crm.post(path, ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static List<String> events(HttpResult result) {
        assertEquals(200, result.status(), result::toString);
        var events = new ArrayList<String>();
        result.json()
                .path("data")
                .forEach(e -> events.add(e.path("subject_type").asText() + "/"
                        + e.path("subject_id").asText() + " " + e.path("event").asText()));
        return events;
    }

    @Test
    void a_label_is_created_listed_renamed_recoloured_and_deleted() {
        String name = unique("Ürgent");
        var created = createLabel(name, "#ff8800");
        long id = created.path("id").asLong();
        assertEquals(name, created.path("name").asText());
        assertEquals("#FF8800", created.path("color").asText());
        assertEquals("u-admin", created.path("created_by").asText());

        var listed =
                crm.get("/api/task-labels?search=" + encode(name.toLowerCase().replace('ü', 'u')), ADMIN);
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(1, listed.json().path("meta").path("total").asLong(), listed::toString);
        assertEquals(id, listed.json().path("data").get(0).path("id").asLong());

        var shown = crm.get("/api/task-labels/" + id, ADMIN);
        assertEquals(200, shown.status(), shown::toString);
        assertEquals("#FF8800", shown.json().path("data").path("color").asText());

        var patched = crm.patch("/api/task-labels/" + id, ADMIN, "{\"color\": \"#00aa00\"}");
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(name, patched.json().path("data").path("name").asText());
        assertEquals("#00AA00", patched.json().path("data").path("color").asText());

        String renamed = unique("Blocked");
        var replaced = crm.put("/api/task-labels/" + id, ADMIN, "{\"name\": \"" + renamed + "\"}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals(renamed, replaced.json().path("data").path("name").asText());
        assertEquals("#9E9E9E", replaced.json().path("data").path("color").asText(), "PUT without color is grey");

        assertEquals(204, crm.delete("/api/task-labels/" + id, ADMIN).status());
        assertEquals(404, crm.delete("/api/task-labels/" + id, ADMIN).status());
        assertEquals(
                0,
                crm.get("/api/task-labels?search=" + encode(renamed), ADMIN)
                        .json()
                        .path("meta")
                        .path("total")
                        .asLong());

        var trail = crm.get("/api/activity-logs?subject_type=task_label&subject_id=" + id, ADMIN);
        assertEquals(
                List.of(
                        "task_label/" + id + " deleted",
                        "task_label/" + id + " updated",
                        "task_label/" + id + " updated",
                        "task_label/" + id + " created"),
                events(trail));
        var deleted = trail.json().path("data").get(0);
        assertEquals(
                renamed, deleted.path("changes").path("name").path("before").asText());
        assertTrue(deleted.path("changes").path("name").path("after").isNull());
        var recoloured = trail.json().path("data").get(2);
        assertEquals(
                "#FF8800",
                recoloured.path("changes").path("color").path("before").asText());
        assertEquals(
                "#00AA00",
                recoloured.path("changes").path("color").path("after").asText());
        assertFalse(recoloured.path("changes").has("name"), "only what changed is recorded");
    }

    @Test
    void a_name_taken_in_another_case_is_refused() {
        String name = unique("Later");
        createLabel(name, null);

        var duplicate = crm.post("/api/task-labels", ADMIN, "{\"name\": \"" + name.toUpperCase() + "\"}");
        assertEquals(422, duplicate.status(), duplicate::toString);
        assertEquals("label_name_taken", duplicate.error());

        long other = createLabel(unique("Other"), null).path("id").asLong();
        var rename = crm.patch("/api/task-labels/" + other, ADMIN, "{\"name\": \"" + name + "\"}");
        assertEquals(422, rename.status(), rename::toString);
        assertEquals("label_name_taken", rename.error());
    }

    @Test
    void invalid_labels_are_refused_naming_every_field() {
        var result = crm.post("/api/task-labels", ADMIN, "{\"name\": \" \", \"color\": \"red\"}");

        assertEquals(422, result.status(), result::toString);
        assertEquals("validation_failed", result.error());
        assertTrue(result.json().path("errors").has("name"), result::toString);
        assertTrue(result.json().path("errors").has("color"), result::toString);

        long id = createLabel(unique("Colourful"), null).path("id").asLong();
        var badPatch = crm.patch("/api/task-labels/" + id, ADMIN, "{\"color\": \"#12345\"}");
        assertEquals(422, badPatch.status(), badPatch::toString);
        assertTrue(badPatch.json().path("errors").has("color"), badPatch::toString);
    }

    @Test
    void unknown_labels_are_not_found() {
        assertEquals(404, crm.get("/api/task-labels/999999999", ADMIN).status());
        assertEquals(
                404,
                crm.patch("/api/task-labels/999999999", ADMIN, "{\"name\": \"x\"}")
                        .status());
        assertEquals(
                404,
                crm.put("/api/task-labels/999999999", ADMIN, "{\"name\": \"x\"}")
                        .status());
        assertEquals(404, crm.delete("/api/task-labels/999999999", ADMIN).status());
        assertEquals(404, crm.delete("/api/task-labels/abc", ADMIN).status());
    }

    @Test
    void the_activity_log_narrows_by_subject_actor_and_time() {
        long company = create("/api/companies", "{\"name\": \"" + unique("Activity Kft") + "\"}");
        long contact = create(
                "/api/contacts",
                "{\"first_name\": \"Ödön\", \"last_name\": \"" + unique("Árvai") + "\", \"company_id\": " + company
                        + "}");
        assertEquals(
                200,
                crm.patch("/api/contacts/" + contact, ADMIN, "{\"phone\": \"+36 1 234 5678\"}")
                        .status());

        var history = crm.get("/api/activity-logs?subject_type=contact&subject_id=" + contact, ADMIN);
        assertEquals(List.of("contact/" + contact + " updated", "contact/" + contact + " created"), events(history));
        var updated = history.json().path("data").get(0);
        assertEquals("u-admin", updated.path("actor_user_id").asText());
        assertTrue(updated.path("impersonator_id").isNull());
        assertTrue(updated.path("changes").path("phone").path("before").isNull());
        assertEquals(
                "+36 1 234 5678",
                updated.path("changes").path("phone").path("after").asText());
        var created = history.json().path("data").get(1);
        assertEquals(
                company,
                created.path("changes").path("company_id").path("after").asLong());
        assertTrue(created.path("id").asLong() < updated.path("id").asLong());

        assertEquals(
                List.of("company/" + company + " created"),
                events(crm.get("/api/activity-logs?subject_type=company&subject_id=" + company, ADMIN)));

        var paged = crm.get("/api/activity-logs?per_page=1&page=2&subject_type=contact&subject_id=" + contact, ADMIN);
        assertEquals(List.of("contact/" + contact + " created"), events(paged));
        assertEquals(2, paged.json().path("meta").path("total").asLong());
        assertEquals(2, paged.json().path("meta").path("last_page").asLong());

        String createdAt = created.path("occurred_at").asText();
        String updatedAt = updated.path("occurred_at").asText();
        assertNotNull(createdAt);
        String subject = "&subject_type=contact&subject_id=" + contact;
        assertEquals(
                List.of("contact/" + contact + " updated", "contact/" + contact + " created"),
                events(crm.get("/api/activity-logs?from=" + encode(createdAt) + subject, ADMIN)),
                "from is inclusive");
        assertEquals(
                List.of("contact/" + contact + " created"),
                events(crm.get("/api/activity-logs?to=" + encode(updatedAt) + subject, ADMIN)),
                "to is exclusive");
        assertEquals(List.of(), events(crm.get("/api/activity-logs?to=2000-01-01" + subject, ADMIN)));

        for (String mine : List.of("actor=me", "actor_user_id=me", "actor_user_id=u-admin")) {
            assertEquals(
                    2,
                    events(crm.get("/api/activity-logs?" + mine + subject, ADMIN))
                            .size(),
                    mine);
        }
        assertEquals(List.of(), events(crm.get("/api/activity-logs?actor_user_id=u-1001" + subject, ADMIN)));
    }

    @Test
    void invalid_activity_filters_are_named() {
        var badFrom = crm.get("/api/activity-logs?from=yesterday", ADMIN);
        assertEquals(422, badFrom.status(), badFrom::toString);
        assertEquals("validation_failed", badFrom.error());
        assertTrue(badFrom.json().path("errors").has("from"), badFrom::toString);

        var several = crm.get("/api/activity-logs?to=2026-13-01&actor=someone&subject_type=Contact", ADMIN);
        assertEquals(422, several.status(), several::toString);
        var errors = several.json().path("errors");
        assertTrue(errors.has("to") && errors.has("actor") && errors.has("subject_type"), several::toString);

        var backwards = crm.get("/api/activity-logs?from=2026-11-21&to=2026-11-20", ADMIN);
        assertEquals(422, backwards.status(), backwards::toString);
        assertTrue(backwards.json().path("errors").has("to"), backwards::toString);
    }

    @Test
    void a_member_without_policies_for_them_is_forbidden_both() {
        for (var result : List.of(
                crm.get("/api/task-labels", TestTokens.MEMBER),
                crm.post("/api/task-labels", TestTokens.MEMBER, "{\"name\": \"" + unique("Mine") + "\"}"),
                crm.delete("/api/task-labels/1", TestTokens.MEMBER),
                crm.get("/api/activity-logs", TestTokens.MEMBER),
                crm.get("/api/activity-logs?actor=me", TestTokens.MEMBER))) {
            assertEquals(403, result.status(), result::toString);
        }
    }
}
