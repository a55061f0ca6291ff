package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.support.FakeAccess;
import com.vecton.crm.adapter.in.rest.support.RawHttp;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.contact.ContactDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate in front of every guarded route: identity.md sections 1 and 4, as HTTP answers. */
class GateTest {
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = new TestApi();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @BeforeEach
    void forget() {
        api.access.authenticated.clear();
        api.access.authorized.clear();
    }

    @Test
    void no_authorization_header_is_token_missing_and_no_token_reaches_identity() {
        var answer = api.get("/api/contacts", null);
        assertEquals(401, answer.status());
        assertEquals("token_missing", answer.json().path("error").asText());
        assertEquals(List.of(Optional.empty()), api.access.authenticated);
        assertEquals(List.of(), api.access.authorized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "admin-token", "Token admin-token"})
    void a_garbled_authorization_header_is_token_missing(String header) {
        var answer = api.send(
                api.request("/api/contacts").header("Authorization", header).GET());
        assertEquals(401, answer.status(), answer::toString);
        assertEquals("token_missing", answer.json().path("error").asText());
        assertEquals(List.of(Optional.empty()), api.access.authenticated);
    }

    /** RFC 6750 b64token only, at most 4 KiB: refused before identity (here: the authenticate use case) is asked. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer two tokens",
                "Bearer admin.x\u0000y",
                "Bearer admin.x\u0001y",
                "Bearer admin\u007f",
                "Bearer t\u00f6ken",
                "Bearer a=b",
                "Bearer ==",
                "Bearer tok\"en",
                "Bearer tok,en"
            })
    void a_bearer_token_that_is_not_a_b64token_is_token_invalid_without_asking_identity(String header) {
        var answer = RawHttp.send(
                api.uri("/"),
                "GET /api/contacts HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + header
                        + "\r\nConnection: close\r\n\r\n");
        assertEquals(401, answer.status(), answer::toString);
        assertTrue(answer.body().contains("\"error\":\"token_invalid\""), answer::toString);
        assertEquals(List.of(), api.access.authenticated);
    }

    @Test
    void a_bearer_token_over_4_kib_is_token_invalid_without_asking_identity() {
        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + "a".repeat(4097))
                .GET());
        assertEquals(401, answer.status(), answer::toString);
        assertEquals("token_invalid", answer.json().path("error").asText());
        assertEquals(List.of(), api.access.authenticated);
        var longest = api.send(api.request("/api/contacts")
                .header("Authorization", "Bearer " + "a".repeat(4096))
                .GET());
        assertEquals(
                List.of(Optional.of("a".repeat(4096))),
                api.access.authenticated.stream()
                        .map(token -> token.map(t -> t.value()))
                        .toList(),
                longest::toString);
    }

    @Test
    void the_bearer_scheme_is_case_insensitive() {
        var answer = api.send(api.request("/api/contacts")
                .header("Authorization", "bearer " + ADMIN)
                .GET());
        assertEquals(200, answer.status(), answer::toString);
    }

    @ParameterizedTest
    @CsvSource({
        FakeAccess.LEGACY + ",401,token_shape_legacy",
        "not-a-known-token,401,token_invalid",
        FakeAccess.IDENTITY_DOWN + ",503,identity_unavailable",
        FakeAccess.OUTSIDER + ",403,tenant_not_a_member",
        FakeAccess.OUT_OF_SCOPE + ",403,service_account_scope_denied",
        FakeAccess.NO_POLICIES + ",403,no_policies",
        FakeAccess.POLICIES_DOWN + ",503,identity_unavailable"
    })
    void each_outcome_of_the_gate_has_its_status_and_code(String token, int status, String error) {
        int listed = api.contacts.calls.getOrDefault("list", 0);
        var answer = api.get("/api/contacts", token);
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(error, answer.json().path("error").asText());
        assertEquals(listed, api.contacts.calls.getOrDefault("list", 0), "the route ran although the gate refused");
    }

    @Test
    void a_refused_permission_is_permission_denied_and_the_use_case_is_not_called() {
        int before = api.contacts.calls.getOrDefault("create", 0);
        var answer = api.send("POST", "/api/contacts", FakeAccess.READER, "{\"last_name\": \"Árvai\"}");
        assertEquals(403, answer.status());
        assertEquals("permission_denied", answer.json().path("error").asText());
        assertEquals(before, api.contacts.calls.getOrDefault("create", 0));
    }

    @Test
    void a_collection_route_is_checked_against_the_type() {
        api.get("/api/contacts", ADMIN);
        api.send("POST", "/api/companies", ADMIN, "{\"name\": \"Acme\"}");
        assertEquals(List.of("contacts.list crm:contacts", "companies.create crm:companies"), api.access.authorized);
    }

    @Test
    void an_item_route_is_checked_against_the_item_with_its_canonical_id() {
        api.get("/api/contacts/42", ADMIN);
        api.get("/api/contacts/0042", ADMIN);
        api.send("PATCH", "/api/companies/7", ADMIN, "{}");
        api.send("POST", "/api/contacts/9/restore", ADMIN, null);
        assertEquals(
                List.of(
                        "contacts.view crm:contacts/42",
                        "contacts.view crm:contacts/42",
                        "companies.update crm:companies/7",
                        "contacts.restore crm:contacts/9"),
                api.access.authorized);
    }

    @Test
    void the_contacts_of_a_company_need_contacts_list_on_that_company() {
        api.get("/api/companies/5/contacts", ADMIN);
        assertEquals(List.of("contacts.list crm:companies/5"), api.access.authorized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999", "%2F"})
    void an_id_that_cannot_exist_is_not_found_without_asking_for_a_permission(String id) {
        var answer = api.get("/api/contacts/" + id, ADMIN);
        assertEquals(404, answer.status(), answer::toString);
        assertEquals("not_found", answer.json().path("error").asText());
        assertEquals(List.of(), api.access.authorized);
    }

    @Test
    void an_anonymous_caller_learns_nothing_about_ids() {
        assertEquals(401, api.get("/api/contacts/abc", null).status());
    }

    @Test
    void public_routes_need_no_token() {
        for (String path : List.of("/health/live", "/health/ready", "/openapi.json", "/metrics")) {
            assertEquals(200, api.get(path, null).status(), path);
        }
        assertEquals(List.of(), api.access.authenticated);
    }

    @Test
    void the_use_case_acts_for_the_caller_and_the_administrator_impersonating_them() {
        var id = api.contacts
                .add(new ContactDetails("Ödön", "Árvai", null, null, null, null, null))
                .id()
                .value();
        var answer = api.send("PATCH", "/api/contacts/" + id, FakeAccess.IMPERSONATED, "{\"phone\": \"+36 1 234\"}");
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(new Actor(new UserId("u-reader"), new UserId("u-admin")), api.contacts.lastActor.get());
        assertTrue(api.access.authorized.contains("contacts.update crm:contacts/" + id));
    }
}
