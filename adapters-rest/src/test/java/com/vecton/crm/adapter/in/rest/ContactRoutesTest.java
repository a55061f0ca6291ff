package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.listing.SortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contacts routes, from HTTP request to use case and back. */
class ContactRoutesTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static long existing(String first, String last) {
        return api.contacts
                .add(new ContactDetails(first, last, null, "+36 1 000", "Buyer", new CompanyId(3), "vip"))
                .id()
                .value();
    }

    @Test
    void creating_answers_201_with_the_item_and_where_it_lives() {
        var answer = api.send(
                "POST",
                "/api/contacts",
                ADMIN,
                "{\"first_name\": \" Ödön \", \"last_name\": \"Árvai\", \"email\": \"odon@acme.test\", \"company_id\": 4}");
        assertEquals(201, answer.status(), answer::toString);
        JsonNode data = answer.json().path("data");
        long id = data.path("id").asLong();
        assertEquals(api.uri("/api/contacts/" + id).toString(), answer.header("Location"));
        assertEquals("Ödön", data.path("first_name").asText());
        assertEquals("Ödön Árvai", data.path("name").asText());
        assertEquals(4, data.path("company_id").asLong());
        assertEquals("u-admin", data.path("created_by").asText());
        assertTrue(data.path("deleted_at").isNull());
        assertTrue(
                data.path("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"),
                data.path("created_at").asText());
        assertEquals(api.get("/api/contacts/" + id, ADMIN).json(), answer.json());
    }

    @Test
    void a_contact_shows_every_field_in_snake_case() {
        long id = existing("Anna", "Kovács");
        var data = api.get("/api/contacts/" + id, ADMIN).json().path("data");
        var names = new ArrayList<String>();
        data.fieldNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "id",
                        "name",
                        "first_name",
                        "last_name",
                        "email",
                        "phone",
                        "job_title",
                        "company_id",
                        "notes",
                        "created_by",
                        "created_at",
                        "updated_at",
                        "deleted_at",
                        "version"),
                names);
    }

    @Test
    void fields_a_client_may_not_set_and_unknown_fields_are_ignored() {
        var answer = api.send(
                "POST",
                "/api/contacts",
                ADMIN,
                "{\"last_name\": \"Nagy\", \"id\": 1, \"created_at\": "
                        + "\"2000-01-01T00:00:00Z\", \"deleted_at\": \"2000-01-01T00:00:00Z\", \"created_by\": \"u-evil\", \"shoe_size\": 44}");
        assertEquals(201, answer.status(), answer::toString);
        var data = answer.json().path("data");
        assertTrue(data.path("id").asLong() > 100);
        assertFalse(data.path("created_at").asText().startsWith("2000"));
        assertTrue(data.path("deleted_at").isNull());
        assertEquals("u-admin", data.path("created_by").asText());
        assertTrue(data.path("shoe_size").isMissingNode());
    }

    @Test
    void put_replaces_every_field_and_absent_ones_become_empty() {
        long id = existing("Béla", "Tóth");
        var answer =
                api.send("PUT", "/api/contacts/" + id, ADMIN, "{\"first_name\": \"Béla\", \"last_name\": \"Szabó\"}");
        assertEquals(200, answer.status(), answer::toString);
        var data = answer.json().path("data");
        assertEquals("Szabó", data.path("last_name").asText());
        assertTrue(data.path("phone").isNull());
        assertTrue(data.path("job_title").isNull());
        assertTrue(data.path("company_id").isNull());
        assertTrue(data.path("notes").isNull());
    }

    @Test
    void put_is_validated_like_create() {
        long id = existing("Béla", "Tóth");
        var answer = api.send("PUT", "/api/contacts/" + id, ADMIN, "{\"phone\": \"1\"}");
        assertEquals(422, answer.status(), answer::toString);
        assertTrue(answer.json().path("errors").has("first_name"));
    }

    @Test
    void patch_changes_only_the_fields_sent_and_null_clears() {
        long id = existing("Csaba", "Kiss");
        var answer = api.send("PATCH", "/api/contacts/" + id, ADMIN, "{\"phone\": null, \"job_title\": \"CEO\"}");
        assertEquals(200, answer.status(), answer::toString);
        var data = answer.json().path("data");
        assertTrue(data.path("phone").isNull(), "null clears");
        assertEquals("CEO", data.path("job_title").asText());
        assertEquals("Csaba", data.path("first_name").asText(), "absent keeps");
        assertEquals("vip", data.path("notes").asText(), "absent keeps");
        assertEquals(3, data.path("company_id").asLong(), "absent keeps");
    }

    @Test
    void patch_accepts_a_json_merge_patch() {
        long id = existing("Gábor", "Fekete");
        var answer = api.send(api.request("/api/contacts/" + id)
                .header("Authorization", "Bearer " + ADMIN)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"notes\": null}")));
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.json().path("data").path("notes").isNull());
    }

    @Test
    void patch_can_clear_the_company_link() {
        long id = existing("Dóra", "Varga");
        var data = api.send("PATCH", "/api/contacts/" + id, ADMIN, "{\"company_id\": null}")
                .json()
                .path("data");
        assertTrue(data.path("company_id").isNull());
        assertEquals("Varga", data.path("last_name").asText());
    }

    @Test
    void patch_refuses_a_field_of_the_wrong_type() {
        long id = existing("Dóra", "Varga");
        var answer = api.send("PATCH", "/api/contacts/" + id, ADMIN, "{\"phone\": 123}");
        assertEquals(400, answer.status());
        assertEquals("malformed_request", answer.json().path("error").asText());
    }

    @Test
    void a_patch_that_would_leave_no_name_is_invalid() {
        long id = api.contacts
                .add(new ContactDetails(null, "Only", null, null, null, null, null))
                .id()
                .value();
        var answer = api.send("PATCH", "/api/contacts/" + id, ADMIN, "{\"last_name\": null}");
        assertEquals(422, answer.status());
        assertEquals("validation_failed", answer.json().path("error").asText());
    }

    @Test
    void deleting_answers_204_then_the_contact_is_gone_until_restored() {
        long id = existing("Éva", "Horváth");
        var deleted = api.send("DELETE", "/api/contacts/" + id, ADMIN, null);
        assertEquals(204, deleted.status());
        assertEquals("", deleted.body());
        assertEquals(404, api.get("/api/contacts/" + id, ADMIN).status());
        var restored = api.send("POST", "/api/contacts/" + id + "/restore", ADMIN, null);
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(id, restored.json().path("data").path("id").asLong());
        assertTrue(restored.json().path("data").path("deleted_at").isNull());
        assertEquals(200, api.get("/api/contacts/" + id, ADMIN).status());
    }

    @Test
    void a_list_has_data_and_paging_meta() {
        existing("Ferenc", "Lakatos");
        var answer = api.get("/api/contacts?page=1&per_page=2", ADMIN);
        assertEquals(200, answer.status(), answer::toString);
        var body = answer.json();
        assertTrue(body.path("data").isArray());
        assertTrue(body.path("data").size() <= 2);
        var meta = body.path("meta");
        assertEquals(1, meta.path("current_page").asInt());
        assertEquals(2, meta.path("per_page").asInt());
        long total = meta.path("total").asLong();
        assertTrue(total >= 1);
        assertEquals(Math.max(1, (total + 1) / 2), meta.path("last_page").asLong());
    }

    @Test
    void per_page_defaults_to_25_and_is_capped_at_100() {
        assertEquals(
                25,
                api.get("/api/contacts", ADMIN)
                        .json()
                        .path("meta")
                        .path("per_page")
                        .asInt());
        assertEquals(
                100,
                api.get("/api/contacts?per_page=500", ADMIN)
                        .json()
                        .path("meta")
                        .path("per_page")
                        .asInt());
        assertEquals(
                100,
                api.get("/api/contacts?per_page=99999999999999999999", ADMIN)
                        .json()
                        .path("meta")
                        .path("per_page")
                        .asInt());
    }

    @Test
    void search_sort_and_company_reach_the_query() {
        var answer = api.get("/api/contacts?search=%C3%A1rvai&sort=-created_at&company_id=12&page=3", ADMIN);
        assertEquals(200, answer.status(), answer::toString);
        var query = api.contacts.lastQuery.get();
        assertEquals("árvai", query.search().orElseThrow().value());
        assertEquals(new SortOrder("created_at", true), query.sort());
        assertEquals(Optional.of(new CompanyId(12)), query.companyId());
        assertEquals(3, api.contacts.lastPage.get().page());
    }

    @Test
    void an_unknown_sort_field_is_a_validation_failure() {
        var answer = api.get("/api/contacts?sort=password", ADMIN);
        assertEquals(422, answer.status());
        assertTrue(answer.json().path("errors").has("sort"));
    }

    @Test
    void paging_values_that_are_not_integers_are_validation_failures_naming_the_field() {
        var answer = api.get("/api/contacts?page=two&per_page=1.5&company_id=acme", ADMIN);
        assertEquals(422, answer.status(), answer::toString);
        assertEquals("validation_failed", answer.json().path("error").asText());
        var errors = answer.json().path("errors");
        assertTrue(errors.has("page") && errors.has("per_page") && errors.has("company_id"), errors::toString);
    }

    @Test
    void page_zero_and_a_non_positive_company_are_validation_failures() {
        assertTrue(api.get("/api/contacts?page=0", ADMIN).json().path("errors").has("page"));
        assertTrue(
                api.get("/api/contacts?per_page=0", ADMIN).json().path("errors").has("per_page"));
        assertTrue(api.get("/api/contacts?company_id=-4", ADMIN)
                .json()
                .path("errors")
                .has("company_id"));
    }

    @Test
    void the_contacts_of_a_company_are_listed_for_that_company() {
        var answer = api.get("/api/companies/3/contacts?per_page=5", ADMIN);
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(new CompanyId(3), api.contacts.lastCompany.get());
        assertEquals(5, answer.json().path("meta").path("per_page").asInt());
        assertEquals(404, api.get("/api/companies/5000/contacts", ADMIN).status());
        assertEquals(404, api.get("/api/companies/x/contacts", ADMIN).status());
    }
}
