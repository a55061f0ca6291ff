package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.domain.listing.SortOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The companies routes, from HTTP request to use case and back. */
class CompanyRoutesTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static long create(String json) {
        var answer = api.send("POST", "/api/companies", ADMIN, json);
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().path("data").path("id").asLong();
    }

    @Test
    void a_company_round_trips_every_field_in_snake_case() {
        var answer = api.send(
                "POST",
                "/api/companies",
                ADMIN,
                "{\"name\": \"Acme Kft.\", \"domain\": \"ACME.hu\", "
                        + "\"phone\": \"+36 1\", \"email\": \"info@acme.hu\", \"website\": \"https://acme.hu\", \"address\": \"Fő utca 1\", "
                        + "\"city\": \"Budapest\", \"postal_code\": \"1011\", \"country\": \"HU\", \"notes\": \"n\"}");
        assertEquals(201, answer.status(), answer::toString);
        var data = answer.json().path("data");
        assertEquals(api.uri("/api/companies/" + data.path("id").asLong()).toString(), answer.header("Location"));
        var names = new ArrayList<String>();
        data.fieldNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "id",
                        "name",
                        "domain",
                        "phone",
                        "email",
                        "website",
                        "address",
                        "city",
                        "postal_code",
                        "country",
                        "notes",
                        "created_by",
                        "created_at",
                        "updated_at",
                        "deleted_at",
                        "version"),
                names);
        assertEquals("acme.hu", data.path("domain").asText());
        assertEquals("1011", data.path("postal_code").asText());
    }

    @Test
    void a_company_needs_a_name() {
        var answer = api.send("POST", "/api/companies", ADMIN, "{\"domain\": \"not a domain\"}");
        assertEquals(422, answer.status());
        var errors = answer.json().path("errors");
        assertTrue(errors.has("name") && errors.has("domain"), errors::toString);
    }

    @Test
    void patch_and_put_differ_on_absent_fields() {
        long id = create("{\"name\": \"Beta Zrt.\", \"city\": \"Pécs\", \"notes\": \"keep me\"}");
        var patched = api.send("PATCH", "/api/companies/" + id, ADMIN, "{\"city\": null}")
                .json()
                .path("data");
        assertTrue(patched.path("city").isNull());
        assertEquals("keep me", patched.path("notes").asText());
        var put = api.send("PUT", "/api/companies/" + id, ADMIN, "{\"name\": \"Beta Nyrt.\"}")
                .json()
                .path("data");
        assertEquals("Beta Nyrt.", put.path("name").asText());
        assertTrue(put.path("notes").isNull());
    }

    @Test
    void delete_and_restore() {
        long id = create("{\"name\": \"Gamma Bt.\"}");
        assertEquals(
                204, api.send("DELETE", "/api/companies/" + id, ADMIN, null).status());
        assertEquals(404, api.get("/api/companies/" + id, ADMIN).status());
        assertEquals(
                404, api.send("DELETE", "/api/companies/" + id, ADMIN, null).status());
        var restored = api.send("POST", "/api/companies/" + id + "/restore", ADMIN, null);
        assertEquals(200, restored.status());
        assertEquals("Gamma Bt.", restored.json().path("data").path("name").asText());
    }

    @Test
    void a_list_reads_paging_search_and_sort() {
        create("{\"name\": \"Delta\"}");
        var answer = api.get("/api/companies?per_page=1000&search=del&sort=-name", ADMIN);
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(100, answer.json().path("meta").path("per_page").asInt());
        assertEquals(new SortOrder("name", true), api.companies.lastQuery.get().sort());
        assertEquals("del", api.companies.lastQuery.get().search().orElseThrow().value());
        assertEquals(
                422,
                api.get("/api/companies?sort=first_name", ADMIN).status(),
                "contacts' sort fields are not companies'");
        assertEquals(200, api.get("/api/companies?page=", ADMIN).status(), "a blank page is the first page");
    }
}
