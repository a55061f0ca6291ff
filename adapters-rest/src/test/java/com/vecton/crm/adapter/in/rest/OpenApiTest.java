package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.in.rest.gate.Route;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import com.vecton.crm.domain.contact.ContactDetails;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest {
    private static TestApi api;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        api = new TestApi();
        var answer = api.get("/openapi.json", null);
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/json"));
        document = answer.json();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static JsonNode operation(Route route) {
        return document.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
    }

    @Test
    void every_route_is_described_with_its_permission() {
        for (Route route : RestApi.routeRegistry().routes()) {
            JsonNode operation = operation(route);
            assertFalse(operation.isMissingNode(), () -> "missing " + route);
            if (route.isPublic()) {
                assertTrue(operation.path("x-permission").isMissingNode(), route::toString);
                assertEquals(0, operation.path("security").size(), route::toString);
            } else {
                assertEquals(
                        route.permission().orElseThrow().value(),
                        operation.path("x-permission").asText(),
                        route::toString);
            }
        }
    }

    @Test
    void nothing_is_described_that_is_not_a_route() {
        var described = new TreeSet<String>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        var routes = new TreeSet<String>();
        RestApi.routeRegistry().routes().forEach(r -> routes.add(r.method() + " " + r.path()));
        assertEquals(routes, described);
    }

    @Test
    void request_and_response_bodies_have_schemas() {
        var create = document.path("paths").path("/api/contacts").path("post");
        assertEquals(
                "#/components/schemas/ContactInput",
                create.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/ContactItem",
                create.path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
        var show = document.path("paths").path("/api/companies/{id}").path("get");
        assertEquals(
                "#/components/schemas/CompanyItem",
                show.path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/Problem",
                show.path("responses")
                        .path("default")
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asText());
        for (String schema :
                Set.of("Contact", "ContactList", "Company", "CompanyList", "CompanyInput", "PageMeta", "Problem")) {
            assertTrue(document.path("components").path("schemas").has(schema), schema);
        }
    }

    @Test
    void the_contact_schema_has_the_fields_the_api_really_sends() {
        long id = api.contacts
                .add(new ContactDetails("Schema", "Check", null, null, null, null, null))
                .id()
                .value();
        var sent = new TreeSet<String>();
        api.get("/api/contacts/" + id, ADMIN).json().path("data").fieldNames().forEachRemaining(sent::add);
        var described = new TreeSet<String>();
        document.path("components")
                .path("schemas")
                .path("Contact")
                .path("properties")
                .fieldNames()
                .forEachRemaining(described::add);
        assertEquals(sent, described);
    }

    /**
     * The API spells every enumerated value in lower snake_case ({@code in_progress}); a Java
     * constant name in the document ({@code IN_PROGRESS}) means a record holding a domain enum was
     * documented as it stands, and generated clients then send values the server refuses.
     */
    @Test
    void every_enumerated_value_is_spelled_as_the_api_reads_it() {
        var offenders = new TreeSet<String>();
        var enums = new TreeSet<String>();
        collectEnums(document, "", enums, offenders);
        assertTrue(enums.stream().anyMatch(e -> e.contains("/Move/properties/status")), enums::toString);
        assertEquals(Set.of(), offenders);
    }

    private static void collectEnums(JsonNode node, String pointer, Set<String> enums, Set<String> offenders) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String at = pointer + "/" + field.getKey();
                if (field.getKey().equals("enum") && field.getValue().isArray()) {
                    enums.add(pointer);
                    field.getValue().forEach(value -> {
                        // Texts only (a problem's status is an integer enum); a sort may be descending
                        // (-name), and the docs page's files are named as files.
                        String text = value.asText();
                        boolean descending = pointer.contains("/parameters/") && text.matches("-[a-z][a-z0-9_]*");
                        boolean docsFile =
                                pointer.startsWith("/paths//docs/") && text.matches("[a-z0-9-]+\\.(css|js|png)");
                        // A media type (a media item's mime_type) is spelled as the API reads it too.
                        boolean mediaType = text.matches("(image|application)/[a-z0-9.+-]+");
                        if (value.isTextual()
                                && !descending
                                && !docsFile
                                && !mediaType
                                && !text.matches("[a-z][a-z0-9_]*")) {
                            offenders.add(pointer + ": " + value.asText());
                        }
                    });
                } else {
                    collectEnums(field.getValue(), at, enums, offenders);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectEnums(node.get(i), pointer + "/" + i, enums, offenders);
            }
        }
    }

    @Test
    void the_document_is_generated_once() {
        assertEquals(
                api.get("/openapi.json", null).body(),
                api.get("/openapi.json", null).body());
    }
}
