package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A list never shows a record that its item route refuses, for every entity, over HTTP: a caller
 * allowed everything on a type but denied opening one record gets 403 on that record and does not
 * find it in the list, whose total is one less; an allow scoped to one record lists that record
 * only. On a database of its own, so that the issue's {@code crm:contacts/5} is contact 5.
 */
class ListVisibilityEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    private static final String MEMBER_ID = "u-lv-member";
    private static CrmHarness crm;
    private static long company;
    private static List<Long> contacts;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active)
                VALUES ('u-lv-member', 'Lista Látó', 'lista@acme.test', true)"""));
        company = created("/api/companies", "{\"name\": \"Tiszai Malom Kft.\"}");
        contacts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            contacts.add(created(
                    "/api/contacts",
                    "{\"first_name\": \"Ödön\", \"last_name\": \"Árvai " + i + "\", \"company_id\": " + company + "}"));
        }
        assertEquals(5L, contacts.get(4), "the database is the test's own: the fifth contact is contact 5");
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long created(String path, String json) {
        var result = crm.post(path, ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static String token(String name, FakePolicy... policies) {
        String token = "tok-lv-" + name + "-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId(MEMBER_ID)
                        .named("Lista Látó")
                        .email("lista@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(token, FakePolicy.list(policies));
        return token;
    }

    /** The ids of a list's first page (up to 100), with its total. */
    private record Listed(List<Long> ids, long total) {}

    private static Listed list(String path, String token) {
        var result = crm.get(path + (path.contains("?") ? "&" : "?") + "per_page=100", token);
        assertEquals(200, result.status(), result::toString);
        var ids = new ArrayList<Long>();
        result.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return new Listed(ids, result.json().path("meta").path("total").asLong());
    }

    private static void assertRefused(HttpResult result) {
        assertEquals(403, result.status(), result::toString);
        assertEquals("permission_denied", result.error(), result::toString);
    }

    /** The record is refused on its item route, missing from the list, and the list's total is one less. */
    private static void assertHidden(String list, String item, long id, String token) {
        assertRefused(crm.get(item + id, token));
        var everything = list(list, ADMIN);
        assertTrue(everything.ids().contains(id), () -> "the administrator lists " + id + ": " + everything);
        var seen = list(list, token);
        assertFalse(
                seen.ids().contains(id), () -> list + " shows " + id + ", which " + item + id + " refuses: " + seen);
        assertEquals(everything.total() - 1, seen.total(), () -> list + " counts " + id + ": " + seen);
        var others = new ArrayList<>(everything.ids());
        others.remove(id);
        assertEquals(others, seen.ids(), "every other record is listed");
    }

    @Test
    void the_issue_case_contact_5_is_refused_and_not_listed_by_a_caller_denied_viewing_it() {
        String token = token(
                "no-5",
                FakePolicy.allow(P + "contacts.*"),
                FakePolicy.deny(P + "contacts.view").on("crm:contacts/5"));
        assertEquals(200, crm.get("/api/contacts/4", token).status());
        assertHidden("/api/contacts", "/api/contacts/", 5, token);
        assertHidden("/api/companies/" + company + "/contacts", "/api/contacts/", 5, token);
    }

    @Test
    void an_allow_scoped_to_one_contact_lists_that_contact_only() {
        long three = contacts.get(2);
        String token = token(
                "only-3",
                FakePolicy.allow(P + "contacts.list"),
                FakePolicy.allow(P + "contacts.view").on("crm:contacts/" + three));
        assertEquals(200, crm.get("/api/contacts/" + three, token).status());
        assertRefused(crm.get("/api/contacts/" + contacts.get(3), token));
        assertEquals(new Listed(List.of(three), 1), list("/api/contacts", token));
        assertEquals(new Listed(List.of(three), 1), list("/api/companies/" + company + "/contacts", token));
    }

    @Test
    void a_company_the_caller_may_not_view_is_not_listed() {
        created("/api/companies", "{\"name\": \"Dunai Hajó Zrt.\"}");
        long hidden = created("/api/companies", "{\"name\": \"Balatoni Vitorla Bt.\"}");
        String token = token(
                "no-company",
                FakePolicy.allow(P + "companies.*"),
                FakePolicy.deny(P + "companies.view").on("crm:companies/" + hidden));
        assertHidden("/api/companies", "/api/companies/", hidden, token);
    }

    @Test
    void a_project_the_caller_may_not_view_is_not_listed() {
        created("/api/projects", "{\"name\": \"Aratás\"}");
        long hidden = created("/api/projects", "{\"name\": \"Szüret\"}");
        String token = token(
                "no-project",
                FakePolicy.allow(P + "projects.*"),
                FakePolicy.deny(P + "projects.view").on("crm:projects/" + hidden));
        assertHidden("/api/projects", "/api/projects/", hidden, token);
    }

    /** The members of a project are its content: a caller who may not open the project as stored may not list them. */
    @Test
    void the_members_of_a_project_the_caller_may_not_view_are_refused() {
        long archived = created("/api/projects", "{\"name\": \"Régi\", \"status\": \"archived\"}");
        String token = token(
                "no-archived",
                FakePolicy.allow(P + "projects.*"),
                FakePolicy.deny(P + "projects.view").when("StringEquals", "resource.status", "archived"));
        assertRefused(crm.get("/api/projects/" + archived, token));
        assertRefused(crm.get("/api/projects/" + archived + "/members", token));
        long active = created("/api/projects", "{\"name\": \"Új\"}");
        assertEquals(200, crm.get("/api/projects/" + active + "/members", token).status());
    }

    @Test
    void a_label_the_caller_may_not_open_is_not_listed() {
        created("/api/task-labels", "{\"name\": \"Sürgős\"}");
        long hidden = created("/api/task-labels", "{\"name\": \"Titkos\"}");
        String token = token(
                "no-label",
                FakePolicy.allow(P + "task_labels.*"),
                FakePolicy.deny(P + "task_labels.list").on("crm:task_labels/" + hidden));
        assertHidden("/api/task-labels", "/api/task-labels/", hidden, token);
    }

    @Test
    void a_time_entry_the_caller_may_not_open_is_not_listed_nor_counted() {
        long project = created("/api/projects", "{\"name\": \"Idő\"}");
        var entries = new ArrayList<Long>();
        for (int hour = 8; hour <= 10; hour++) {
            entries.add(created(
                    "/api/time-entries",
                    "{\"user_id\": \"" + MEMBER_ID + "\", \"project_id\": " + project
                            + ", \"started_at\": \"2026-11-20T0" + (hour - 8)
                            + ":00:00Z\", \"ended_at\": \"2026-11-20T0"
                            + (hour - 8) + ":" + (hour * 2) + ":00Z\"}"));
        }
        long hidden = entries.get(1);
        String token = token(
                "no-entry",
                FakePolicy.allow(P + "time_entries.list", P + "time_entries.create"),
                FakePolicy.deny(P + "time_entries.list").on("crm:time_entries/" + hidden));
        assertRefused(crm.get("/api/time-entries/" + hidden, token));
        var listed = crm.get("/api/time-entries?per_page=100&project_id=" + project, token);
        assertEquals(200, listed.status(), listed::toString);
        var ids = new ArrayList<Long>();
        listed.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        assertEquals(List.of(entries.get(2), entries.get(0)), ids, "newest first, without the refused entry");
        var meta = listed.json().path("meta");
        assertEquals(2, meta.path("total").asInt(), meta::toString);
        assertEquals(
                16 + 20,
                meta.path("totals").path("minutes").asInt(),
                "the minutes of the listed entries only: " + meta);
    }
}
