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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contacts and companies as a client uses them, end to end, including the audit trail. */
class ContactsAndCompaniesEndToEndTest {
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

    private static long createCompany(String json) {
        var result = crm.post("/api/companies", ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static long createContact(String json) {
        var result = crm.post("/api/contacts", ADMIN, json);
        assertEquals(201, result.status(), result::toString);
        return result.json().path("data").path("id").asLong();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    /** The ids a search returns, through the real API. */
    private static Set<Long> search(String path, String query) {
        var result = crm.get(path + "?per_page=100&search=" + URLEncoder.encode(query, StandardCharsets.UTF_8), ADMIN);
        assertEquals(200, result.status(), result::toString);
        var ids = new TreeSet<Long>();
        result.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static List<JsonNode> activity(String subjectType, long subjectId) {
        return crm.sql(c -> {
            try (var statement = c.prepareStatement("SELECT event, actor_user_id, changes::text FROM activity_log"
                    + " WHERE subject_type = ? AND subject_id = ? ORDER BY id")) {
                statement.setString(1, subjectType);
                statement.setString(2, Long.toString(subjectId));
                var rows = statement.executeQuery();
                var entries = new ArrayList<JsonNode>();
                var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                while (rows.next()) {
                    var entry = mapper.createObjectNode();
                    entry.put("event", rows.getString(1));
                    entry.put("actor", rows.getString(2));
                    try {
                        entry.set("changes", mapper.readTree(rows.getString(3)));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    entries.add(entry);
                }
                return entries;
            }
        });
    }

    @Test
    void a_contact_lives_through_create_read_update_delete_and_restore_with_an_audit_row_each_time() {
        long company = createCompany("{\"name\":\"Bükki Borászat Kft.\",\"domain\":\"bukki.hu\"}");
        var created = crm.post(
                "/api/contacts",
                TestTokens.MEMBER,
                "{\"first_name\":\"Ödön\",\"last_name\":\"Árvai\"," + "\"email\":\"odon@bukki.hu\",\"company_id\":"
                        + company + ",\"id\":999,\"created_at\":\"2001-01-01T00:00:00Z\"}");
        assertEquals(201, created.status(), created::toString);
        var data = created.json().path("data");
        long id = data.path("id").asLong();
        assertTrue(id != 999, "a client cannot choose the id");
        assertTrue(created.header("Location").endsWith("/api/contacts/" + id), created.header("Location"));
        assertEquals("u-1001", data.path("created_by").asText());
        assertFalse(data.path("created_at").asText().startsWith("2001"), "a client cannot set created_at");

        var shown = crm.get("/api/contacts/" + id, TestTokens.MEMBER);
        assertEquals(200, shown.status());
        assertEquals("Árvai", shown.json().path("data").path("last_name").asText());

        var patched =
                crm.patch("/api/contacts/" + id, TestTokens.MEMBER, "{\"phone\":\"+36 1 234 5678\",\"email\":null}");
        assertEquals(200, patched.status(), patched::toString);
        assertEquals("+36 1 234 5678", patched.json().path("data").path("phone").asText());
        assertTrue(patched.json().path("data").path("email").isNull());
        assertEquals("Ödön", patched.json().path("data").path("first_name").asText(), "absent fields are kept");

        var replaced = crm.put("/api/contacts/" + id, TestTokens.MEMBER, "{\"last_name\":\"Árvai-Kiss\"}");
        assertEquals(200, replaced.status(), replaced::toString);
        assertTrue(replaced.json().path("data").path("first_name").isNull(), "PUT replaces every field");
        assertTrue(replaced.json().path("data").path("company_id").isNull());

        assertEquals(204, crm.delete("/api/contacts/" + id, TestTokens.MEMBER).status());
        assertEquals(404, crm.get("/api/contacts/" + id, TestTokens.MEMBER).status());
        assertEquals(404, crm.delete("/api/contacts/" + id, TestTokens.MEMBER).status());
        assertFalse(search("/api/contacts", "Árvai-Kiss").contains(id), "deleted contacts leave the list");

        var restored = crm.post("/api/contacts/" + id + "/restore", TestTokens.MEMBER, "");
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(200, crm.get("/api/contacts/" + id, TestTokens.MEMBER).status());

        var trail = activity("contact", id);
        assertEquals(
                List.of("created", "updated", "updated", "deleted", "restored"),
                trail.stream().map(e -> e.path("event").asText()).toList());
        assertTrue(trail.stream().allMatch(e -> e.path("actor").asText().equals("u-1001")));
        assertEquals(
                "+36 1 234 5678",
                trail.get(1).path("changes").path("phone").path("after").asText(),
                trail.get(1).toString());
        assertFalse(trail.get(1).path("changes").has("first_name"), "only changed fields are recorded");
    }

    @Test
    void a_contact_may_only_point_at_an_existing_live_company() {
        var missing = crm.post("/api/contacts", ADMIN, "{\"last_name\":\"Kovács\",\"company_id\":987654321}");
        assertEquals(422, missing.status(), missing::toString);
        assertTrue(missing.json().path("errors").has("company_id"));

        long company = createCompany("{\"name\":\"Hanseatische Logistik KG\"}");
        assertEquals(204, crm.delete("/api/companies/" + company, ADMIN).status());
        var deleted = crm.post("/api/contacts", ADMIN, "{\"last_name\":\"Kovács\",\"company_id\":" + company + "}");
        assertEquals(422, deleted.status(), deleted::toString);
        assertTrue(deleted.json().path("errors").has("company_id"));
    }

    @Test
    void validation_failures_name_every_field_and_store_nothing() {
        long before = crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT count(*) FROM contacts");
            rows.next();
            return rows.getLong(1);
        });
        var result = crm.post("/api/contacts", ADMIN, "{\"email\":\"not-an-email\"}");
        assertEquals(422, result.status());
        assertEquals("validation_failed", result.error());
        var errors = result.json().path("errors");
        assertTrue(errors.has("email") && errors.has("first_name") && errors.has("last_name"), errors::toString);
        assertTrue(errors.path("email").isArray());
        long after = crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT count(*) FROM contacts");
            rows.next();
            return rows.getLong(1);
        });
        assertEquals(before, after);
    }

    @Test
    void search_ignores_case_and_diacritics_in_both_directions() {
        String tag = unique("q");
        long arvai = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Árvai\"}");
        long arvaiPlain = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Arvai\"}");
        long szoke = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Szőke\"}");
        long other = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Müller\"}");

        for (String query : List.of("arvai", "Árvai", "ÁRVA", "árva")) {
            Set<Long> found = search("/api/contacts", query);
            assertTrue(found.containsAll(Set.of(arvai, arvaiPlain)), query + " finds both Árvai and Arvai");
            assertFalse(found.contains(other), query);
        }
        assertTrue(search("/api/contacts", "szoke").contains(szoke));
        assertTrue(search("/api/contacts", "SZŐKE").contains(szoke));
        assertTrue(search("/api/contacts", "muller").contains(other));
        assertEquals(Set.of(arvai, arvaiPlain, szoke, other), search("/api/contacts", tag));
    }

    @Test
    void german_umlauts_and_their_transliterations_find_each_other_in_search() {
        String tag = unique("de");
        long umlaut = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Müller\"}");
        long written = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Mueller\"}");
        long street = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Straße\"}");
        long other = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"Muler\"}");

        for (String query : List.of("mueller", "muller", "Müller", "MUELLER")) {
            Set<Long> found = search("/api/contacts", query);
            assertTrue(found.containsAll(Set.of(umlaut, written)), query + " finds both Müller and Mueller");
            assertFalse(found.contains(other), query);
        }
        assertTrue(search("/api/contacts", "strasse").contains(street));
        assertTrue(search("/api/contacts", "STRAßE").contains(street));
        assertEquals(Set.of(umlaut, written, street, other), search("/api/contacts", tag));
    }

    @Test
    void full_width_wildcards_are_literal_characters_in_search() {
        String tag = unique("fw");
        long percent = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"50%off\"}");
        long plain = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"50 off\"}");
        assertEquals(Set.of(percent), search("/api/contacts", tag + " 50％off"));
        assertFalse(search("/api/contacts", "％").contains(plain));
        assertFalse(search("/api/contacts", "＿").contains(plain));
    }

    @Test
    void percent_and_underscore_are_literal_characters_in_search() {
        String tag = unique("lit");
        long percent = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"50%off\"}");
        long underscore = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"a_b\"}");
        long plain = createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"50 xoff axb\"}");
        assertEquals(Set.of(percent), search("/api/contacts", "50%off"));
        assertEquals(Set.of(underscore), search("/api/contacts", "a_b"));
        assertFalse(search("/api/contacts", "%").contains(plain));
        assertFalse(search("/api/contacts", "_").contains(plain));
        assertTrue(search("/api/contacts", "%").contains(percent));
    }

    @Test
    void injection_looking_search_input_is_just_text() {
        for (String query : List.of("'; DROP TABLE contacts; --", "\" OR 1=1 --", "\\", "') OR ('a'='a", "$1")) {
            assertEquals(Set.of(), search("/api/contacts", query), query);
        }
        assertEquals(200, crm.get("/api/contacts?per_page=1", ADMIN).status(), "the table is still there");
    }

    @Test
    void companies_are_searched_by_name_and_domain() {
        String tag = unique("co");
        long byName = createCompany("{\"name\":\"Sächsische Mühle " + tag + "\"}");
        long byDomain = createCompany("{\"name\":\"Other\",\"domain\":\"" + tag + ".de\"}");
        assertEquals(Set.of(byName, byDomain), search("/api/companies", tag));
        assertTrue(search("/api/companies", "sachsische muhle " + tag).contains(byName));
    }

    @Test
    void a_company_lists_its_live_contacts_and_an_unknown_company_is_404() {
        long company = createCompany("{\"name\":\"Tiszai Gépgyár Zrt.\"}");
        long first = createContact("{\"last_name\":\"Nagy\",\"company_id\":" + company + "}");
        long second = createContact("{\"last_name\":\"Tóth\",\"company_id\":" + company + "}");
        long gone = createContact("{\"last_name\":\"Kiss\",\"company_id\":" + company + "}");
        createContact("{\"last_name\":\"Elsewhere\"}");
        assertEquals(204, crm.delete("/api/contacts/" + gone, ADMIN).status());

        var result = crm.get("/api/companies/" + company + "/contacts?sort=last_name", ADMIN);
        assertEquals(200, result.status(), result::toString);
        var ids = new ArrayList<Long>();
        result.json().path("data").forEach(c -> ids.add(c.path("id").asLong()));
        assertEquals(List.of(first, second), ids);
        assertEquals(2, result.json().path("meta").path("total").asInt());
        assertEquals(404, crm.get("/api/companies/987654321/contacts", ADMIN).status());
    }

    @Test
    void the_contact_list_filters_by_company_and_sorts_on_the_allow_list_only() {
        long company = createCompany("{\"name\":\"Fränkische Software GmbH\"}");
        createContact("{\"first_name\":\"Zoltán\",\"last_name\":\"Bíró\",\"company_id\":" + company + "}");
        createContact("{\"first_name\":\"Ágnes\",\"last_name\":\"Fehér\",\"company_id\":" + company + "}");
        var sorted = crm.get("/api/contacts?company_id=" + company + "&sort=-first_name", ADMIN);
        assertEquals(200, sorted.status(), sorted::toString);
        assertEquals(
                "Zoltán", sorted.json().path("data").path(0).path("first_name").asText());
        assertEquals(2, sorted.json().path("data").size());

        var refused = crm.get("/api/contacts?sort=password", ADMIN);
        assertEquals(422, refused.status());
        assertTrue(refused.json().path("errors").has("sort"));
    }

    @Test
    void lists_are_paginated_with_meta_and_per_page_is_capped_at_100() {
        String tag = unique("page");
        for (int i = 0; i < 3; i++) {
            createContact("{\"first_name\":\"" + tag + "\",\"last_name\":\"P" + i + "\"}");
        }
        var page = crm.get("/api/contacts?search=" + tag + "&per_page=2&page=2", ADMIN);
        assertEquals(200, page.status());
        var meta = page.json().path("meta");
        assertEquals(2, meta.path("current_page").asInt());
        assertEquals(2, meta.path("per_page").asInt());
        assertEquals(3, meta.path("total").asInt());
        assertEquals(2, meta.path("last_page").asInt());
        assertTrue(meta.path("total_is_exact").asBoolean(), meta::toString);
        assertEquals(1, page.json().path("data").size());

        var capped = crm.get("/api/contacts?per_page=1000", ADMIN);
        assertEquals(100, capped.json().path("meta").path("per_page").asInt());
        assertEquals(422, crm.get("/api/contacts?page=abc", ADMIN).status());
    }

    @Test
    void a_company_lives_through_its_whole_cycle_with_an_audit_trail() {
        long id = createCompany(
                "{\"name\":\"Mátrai Építő Bt.\",\"website\":\"https://matrai.hu\",\"city\":\"Gyöngyös\"}");
        var patched = crm.patch("/api/companies/" + id, ADMIN, "{\"city\":\"Eger\"}");
        assertEquals(200, patched.status(), patched::toString);
        assertEquals(
                "https://matrai.hu", patched.json().path("data").path("website").asText());
        assertEquals(
                422, crm.patch("/api/companies/" + id, ADMIN, "{\"name\":null}").status());
        assertEquals(204, crm.delete("/api/companies/" + id, ADMIN).status());
        assertEquals(404, crm.get("/api/companies/" + id, ADMIN).status());
        assertEquals(
                200, crm.post("/api/companies/" + id + "/restore", ADMIN, "").status());
        var trail = activity("company", id);
        assertEquals(
                List.of("created", "updated", "deleted", "restored"),
                trail.stream().map(e -> e.path("event").asText()).toList());
        assertEquals(
                "Eger", trail.get(1).path("changes").path("city").path("after").asText(), trail.toString());
        assertNotNull(trail.get(0).path("changes").path("name"));
    }
}
