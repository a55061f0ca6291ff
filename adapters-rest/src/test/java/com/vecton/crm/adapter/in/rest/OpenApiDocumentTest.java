package com.vecton.crm.adapter.in.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.in.rest.gate.Route;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.openapi.BodyOf;
import com.vecton.crm.adapter.in.rest.openapi.Created;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.task.TaskQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typing of the generated document, operation by operation, so that a generated client
 * compiles against what the server does: ids, tags, descriptions, the problems each route can
 * answer with their codes as enums, the headers, sort enums, date formats, examples, and answers
 * whose always-present fields are required.
 */
class OpenApiDocumentTest {
    private static final Set<String> DATE_PARAMETERS = Set.of("from", "to", "due_after", "due_before");

    private static JsonNode document;

    @BeforeAll
    static void generate() throws Exception {
        document = new ObjectMapper()
                .readTree(OpenApiDocument.generate(RestApi.RESOURCE_CLASSES, RestApi.routeRegistry()));
    }

    private static void eachOperation(BiConsumer<Route, JsonNode> check) {
        for (Route route : RestApi.routeRegistry().routes()) {
            JsonNode operation = document.path("paths")
                    .path(route.path())
                    .path(route.method().toLowerCase(Locale.ROOT));
            assertFalse(operation.isMissingNode(), route::toString);
            check.accept(route, operation);
        }
    }

    private static JsonNode operation(String method, String path) {
        return document.path("paths").path(path).path(method);
    }

    private static Set<String> codes(JsonNode operation, int status) {
        var codes = new TreeSet<String>();
        operation
                .path("responses")
                .path(Integer.toString(status))
                .path("content")
                .path("application/problem+json")
                .path("schema")
                .path("properties")
                .path("error")
                .path("enum")
                .forEach(code -> codes.add(code.asText()));
        return codes;
    }

    private static JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private static JsonNode resolved(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : schema(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @Test
    void every_operation_has_an_id_one_described_tag_and_a_description() {
        var described = new TreeSet<String>();
        document.path("tags").forEach(tag -> {
            assertFalse(tag.path("description").asText().isBlank(), tag::toString);
            described.add(tag.path("name").asText());
        });
        var ids = new TreeSet<String>();
        eachOperation((route, operation) -> {
            assertTrue(ids.add(operation.path("operationId").asText()), route::toString);
            assertFalse(operation.path("operationId").asText().isBlank(), route::toString);
            assertEquals(1, operation.path("tags").size(), route::toString);
            assertTrue(described.contains(operation.path("tags").path(0).asText()), route::toString);
            String description = operation.path("description").asText();
            assertTrue(description.endsWith("."), () -> route + ": " + description);
        });
    }

    @Test
    void every_problem_answer_is_a_problem_with_its_codes_as_an_enum() {
        eachOperation((route, operation) -> operation
                .path("responses")
                .properties()
                .forEach(answer -> {
                    String status = answer.getKey();
                    if (!status.startsWith("4") && !status.startsWith("5")) {
                        return;
                    }
                    if (route.path().equals("/health/ready") && status.equals("503")) {
                        return; // readiness answers 503 with its own status document
                    }
                    JsonNode schema = answer.getValue()
                            .path("content")
                            .path("application/problem+json")
                            .path("schema");
                    assertFalse(schema.isMissingNode(), () -> route + " " + status);
                    assertTrue(
                            schema.path("properties").path("error").path("enum").size() > 0,
                            () -> route + " " + status);
                    assertTrue(
                            answer.getValue()
                                    .path("headers")
                                    .path("X-Request-Id")
                                    .path("required")
                                    .asBoolean(),
                            () -> route + " " + status);
                }));
    }

    @Test
    void each_shape_of_route_lists_what_it_can_answer() {
        eachOperation((route, operation) -> {
            assertEquals(Set.of("malformed_request"), codes(operation, 400), route::toString);
            assertTrue(codes(operation, 422).contains("validation_failed"), route::toString);
            if (!route.isPublic()) {
                assertEquals(Set.of("token_invalid", "token_missing", "token_shape_legacy"), codes(operation, 401));
                // The gate's four; the customer portal's portal_account_missing, refused after the gate let
                // the caller through; and a rule of the route's own (leave's own_request) beside them.
                var gate = new java.util.TreeSet<>(Set.of(
                        "no_policies", "permission_denied", "service_account_scope_denied", "tenant_not_a_member"));
                if (route.path().startsWith("/api/portal/")) {
                    gate.add("portal_account_missing");
                }
                var forbidden = new TreeSet<>(codes(operation, 403));
                forbidden.remove("own_request");
                assertEquals(gate, forbidden, route::toString);
                assertEquals(
                        Set.of(
                                "database_timeout",
                                "database_unavailable",
                                "identity_unavailable",
                                "transaction_conflict"),
                        codes(operation, 503));
                assertTrue(operation
                        .path("responses")
                        .path("503")
                        .path("headers")
                        .path("Retry-After")
                        .path("required")
                        .asBoolean());
            } else {
                assertTrue(operation.path("responses").path("401").isMissingNode(), route::toString);
            }
            // The portal's company is the caller's, which may be at no company: a 404 without an id.
            boolean named = route.path().contains("{") || route.path().equals("/api/portal/company");
            assertEquals(named ? Set.of("not_found") : Set.of(), codes(operation, 404), route::toString);
            boolean body = !operation.path("requestBody").isMissingNode();
            assertEquals(body ? Set.of("payload_too_large") : Set.of(), codes(operation, 413), route::toString);
            assertEquals(body ? Set.of("unsupported_media_type") : Set.of(), codes(operation, 415), route::toString);
            boolean post = route.method().equals("POST") && !route.isPublic();
            assertEquals(
                    post ? Set.of("idempotency_key_in_progress") : Set.of(), codes(operation, 409), route::toString);
            assertEquals(post, codes(operation, 422).contains("idempotency_key_reused"), route::toString);
            assertEquals(post, hasHeaderParameter(operation, "Idempotency-Key"), route::toString);
        });
    }

    @Test
    void changes_to_an_item_are_conditional_and_its_reads_can_be_not_modified() {
        for (String path : List.of("/api/contacts/{id}", "/api/tasks/{id}", "/api/time-entries/{id}")) {
            for (String method : List.of("put", "patch", "delete")) {
                assertEquals(Set.of("precondition_failed"), codes(operation(method, path), 412), method + " " + path);
                assertTrue(hasHeaderParameter(operation(method, path), "If-Match"), method + " " + path);
            }
            assertTrue(hasHeaderParameter(operation("get", path), "If-None-Match"), path);
            assertFalse(operation("get", path).path("responses").path("304").isMissingNode(), path);
            assertFalse(operation("get", path)
                    .path("responses")
                    .path("200")
                    .path("headers")
                    .path("ETag")
                    .isMissingNode());
        }
        for (String path : List.of("/api/contacts/{id}/restore", "/api/tasks/{id}/move")) {
            assertEquals(Set.of("precondition_failed"), codes(operation("post", path), 412), path);
        }
        assertEquals(Set.of("precondition_failed"), codes(operation("post", "/api/time-entries/{id}/stop"), 412));
        assertEquals(Set.of(), codes(operation("get", "/api/contacts"), 412));
    }

    @Test
    void a_route_lists_the_codes_of_its_own_rules() {
        for (String method : List.of("post", "put", "patch")) {
            String path = method.equals("post") ? "/api/task-labels" : "/api/task-labels/{id}";
            assertTrue(codes(operation(method, path), 422).contains("label_name_taken"), method);
            path = method.equals("post") ? "/api/time-entries" : "/api/time-entries/{id}";
            assertTrue(codes(operation(method, path), 422).contains("time_entry_overlap"), method);
        }
        assertTrue(codes(operation("post", "/api/projects/{id}/members"), 422).contains("already_a_member"));
        assertTrue(codes(operation("post", "/api/time-entries/start"), 422).contains("timer_already_running"));
        assertTrue(codes(operation("post", "/api/time-entries/{id}/stop"), 422).contains("timer_not_running"));
        assertFalse(codes(operation("post", "/api/contacts"), 422).contains("label_name_taken"));
    }

    @Test
    void every_success_names_its_headers() {
        eachOperation((route, operation) -> operation
                .path("responses")
                .properties()
                .forEach(answer -> {
                    if (!answer.getKey().startsWith("2")) {
                        return;
                    }
                    JsonNode headers = answer.getValue().path("headers");
                    assertTrue(headers.path("X-Request-Id").path("required").asBoolean(), route::toString);
                    if (answer.getKey().equals("201")) {
                        assertTrue(headers.path("Location").path("required").asBoolean(), route::toString);
                        assertFalse(headers.path("ETag").isMissingNode(), route::toString);
                    }
                    boolean post = route.method().equals("POST") && !route.isPublic();
                    assertEquals(post, !headers.path("Idempotent-Replayed").isMissingNode(), route::toString);
                }));
    }

    @Test
    void every_id_parameter_is_at_least_one() {
        var ids = new ArrayList<String>();
        eachOperation((route, operation) -> operation.path("parameters").forEach(parameter -> {
            String name = parameter.path("name").asText();
            if (parameter.path("schema").path("type").asText().equals("integer") && name.matches("id|.*_id")) {
                assertEquals(1, parameter.path("schema").path("minimum").asInt(), () -> route + " " + name);
                ids.add(route + " " + name);
            }
        }));
        assertTrue(ids.size() > 40, ids::toString);
    }

    @Test
    void path_ids_name_records_from_1_and_a_user_id_is_the_identity_service_s_text() {
        var ids = new ArrayList<String>();
        eachOperation((route, operation) -> operation.path("parameters").forEach(parameter -> {
            String name = parameter.path("name").asText();
            if (!parameter.path("in").asText().equals("path") || !name.matches("id|.*_id")) {
                return;
            }
            JsonNode schema = parameter.path("schema");
            if (name.equals("user_id")) {
                assertEquals("string", schema.path("type").asText(), route::toString);
                return;
            }
            assertEquals("integer", schema.path("type").asText(), () -> route + " " + name);
            assertEquals("int64", schema.path("format").asText(), () -> route + " " + name);
            assertEquals(1, schema.path("minimum").asInt(), () -> route + " " + name);
            ids.add(route + " " + name);
        }));
        assertTrue(ids.size() > 90, ids::toString);
        assertTrue(ids.stream().anyMatch(id -> id.endsWith(" stage_id")), ids::toString);
    }

    /** What {@link BodyOf} and {@link Created} say on a method, and what {@code void} means, is in the document. */
    @Test
    void a_route_s_body_its_created_item_and_its_empty_answer_are_as_its_signature_says() {
        int bodies = 0;
        int created = 0;
        int empty = 0;
        for (Class<?> resource : RestApi.RESOURCE_CLASSES) {
            for (Method method : resource.getMethods()) {
                var described = method.getAnnotation(Operation.class);
                if (described == null) {
                    continue;
                }
                JsonNode operation = operationNamed(described.operationId());
                String where = resource.getSimpleName() + "." + method.getName();
                for (Parameter parameter : method.getParameters()) {
                    BodyOf body = parameter.getAnnotation(BodyOf.class);
                    if (body == null) {
                        continue;
                    }
                    JsonNode requestBody = operation.path("requestBody");
                    assertTrue(requestBody.path("required").asBoolean(), where);
                    var types = new TreeSet<String>();
                    requestBody.path("content").properties().forEach(media -> {
                        types.add(media.getKey());
                        assertEquals(
                                "#/components/schemas/" + schemaName(body.value()),
                                media.getValue().path("schema").path("$ref").asText(),
                                where);
                    });
                    var consumed = method.isAnnotationPresent(Consumes.class)
                            ? method.getAnnotation(Consumes.class)
                            : resource.getAnnotation(Consumes.class);
                    assertEquals(new TreeSet<>(List.of(consumed.value())), types, where);
                    assertFalse(schema(schemaName(body.value())).isMissingNode(), where);
                    bodies++;
                }
                JsonNode responses = operation.path("responses");
                Created item = method.getAnnotation(Created.class);
                if (item != null) {
                    assertEquals(
                            "#/components/schemas/"
                                    + (ItemTags.VersionedJson.class.isAssignableFrom(item.value())
                                            ? schemaName(item.value()) + "Item"
                                            : schemaName(item.value())),
                            responses
                                    .path("201")
                                    .path("content")
                                    .path("application/json")
                                    .path("schema")
                                    .path("$ref")
                                    .asText(),
                            where);
                    assertTrue(responses.path("200").isMissingNode(), where);
                    created++;
                }
                if (method.getReturnType() == void.class) {
                    assertFalse(responses.path("204").isMissingNode(), where);
                    assertTrue(responses.path("204").path("content").isMissingNode(), where);
                    assertTrue(responses.path("200").isMissingNode(), where);
                    empty++;
                }
            }
        }
        assertTrue(bodies > 50 && created > 15 && empty > 15, bodies + " " + created + " " + empty);
    }

    /** Generated clients' type names stay as they were when every entity wrote its own answer types. */
    @Test
    void the_kit_s_generic_answers_are_named_after_their_record() {
        for (String record : List.of("Company", "Contact", "Pipeline", "Deal", "Task", "TaskLabel", "Project")) {
            assertEquals(
                    "#/components/schemas/" + record,
                    schema(record + "Item")
                            .path("properties")
                            .path("data")
                            .path("$ref")
                            .asText(),
                    record);
            assertEquals(
                    "#/components/schemas/" + record,
                    schema(record + "List")
                            .path("properties")
                            .path("data")
                            .path("items")
                            .path("$ref")
                            .asText(),
                    record);
            var entries = new ArrayList<String>();
            schema(record + "Changes")
                    .path("properties")
                    .path("data")
                    .path("items")
                    .path("anyOf")
                    .forEach(entry -> entries.add(entry.path("$ref").asText()));
            assertEquals(List.of("#/components/schemas/" + record, "#/components/schemas/Tombstone"), entries, record);
        }
        document.path("components")
                .path("schemas")
                .fieldNames()
                .forEachRemaining(name -> assertFalse(
                        name.startsWith("ItemOf") || name.startsWith("PageOf") || name.startsWith("ChangesOf"), name));
        assertEquals(
                "#/components/schemas/MediaItemItem",
                operation("get", "/api/media/{id}")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
    }

    private static JsonNode operationNamed(String operationId) {
        for (JsonNode item : document.path("paths")) {
            for (JsonNode operation : item) {
                if (operation.path("operationId").asText().equals(operationId)) {
                    return operation;
                }
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    private static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(Schema.class);
        return schema == null || schema.name().isEmpty() ? type.getSimpleName() : schema.name();
    }

    @Test
    void every_request_body_has_an_example() {
        eachOperation((route, operation) -> operation
                .path("requestBody")
                .path("content")
                .forEach(media -> assertTrue(
                        resolved(media.path("schema")).path("example").isObject()
                                || media.has("example")
                                || media.has("examples"),
                        route::toString)));
    }

    @Test
    void sort_parameters_are_the_allow_list_of_their_query() {
        eachOperation((route, operation) -> operation.path("parameters").forEach(parameter -> {
            if (!parameter.path("name").asText().equals("sort")) {
                return;
            }
            var values = new TreeSet<String>();
            parameter.path("schema").path("enum").forEach(value -> values.add(value.asText()));
            assertFalse(values.isEmpty(), route::toString);
            values.stream()
                    .filter(v -> !v.startsWith("-"))
                    .forEach(v -> assertTrue(values.contains("-" + v), () -> route + " " + v));
        }));
        assertEquals(sorts(ContactQuery.SORTABLE), sortsOf(operation("get", "/api/contacts")));
        assertEquals(sorts(ContactQuery.SORTABLE), sortsOf(operation("get", "/api/companies/{id}/contacts")));
        assertEquals(sorts(TaskQuery.SORTABLE), sortsOf(operation("get", "/api/projects/{id}/tasks")));
    }

    private static Set<String> sorts(Set<String> fields) {
        var sorts = new TreeSet<String>(fields);
        fields.forEach(field -> sorts.add("-" + field));
        return sorts;
    }

    private static Set<String> sortsOf(JsonNode operation) {
        var values = new TreeSet<String>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("name").asText().equals("sort")) {
                parameter.path("schema").path("enum").forEach(value -> values.add(value.asText()));
            }
        });
        return values;
    }

    /**
     * A parameter's example has its schema's type: swagger reads a numeric-looking example of a
     * string parameter ({@code "1000.00"}) as a number, which generated clients and Redocly refuse.
     */
    @Test
    void parameter_examples_have_their_parameter_s_type() {
        eachOperation((route, operation) -> operation.path("parameters").forEach(parameter -> {
            JsonNode example = parameter.has("example")
                    ? parameter.path("example")
                    : parameter.path("schema").path("example");
            if (example.isMissingNode() || example.isNull()) {
                return;
            }
            String type = parameter.path("schema").path("type").asText();
            boolean fits = switch (type) {
                case "string" -> example.isTextual();
                case "integer" -> example.isIntegralNumber();
                case "number" -> example.isNumber();
                case "boolean" -> example.isBoolean();
                default -> true;
            };
            assertTrue(
                    fits,
                    () -> route + " " + parameter.path("name").asText() + ": example " + example + " is no " + type);
        }));
    }

    @Test
    void date_parameters_take_a_date_or_a_date_time() {
        var seen = new ArrayList<String>();
        eachOperation((route, operation) -> operation.path("parameters").forEach(parameter -> {
            if (!DATE_PARAMETERS.contains(parameter.path("name").asText())) {
                return;
            }
            if (parameter.path("schema").path("format").asText().equals("date")) {
                // Leave, shifts and rosters count whole days: their ranges are dates only.
                assertEquals("string", parameter.path("schema").path("type").asText(), route::toString);
                return;
            }
            var formats = new TreeSet<String>();
            parameter
                    .path("schema")
                    .path("anyOf")
                    .forEach(s -> formats.add(s.path("format").asText()));
            assertEquals(Set.of("date", "date-time"), formats, () -> route + " " + parameter);
            assertEquals("string", parameter.path("schema").path("type").asText());
            seen.add(route + " " + parameter.path("name").asText());
        }));
        // 10, the from and to of a pipeline's forecast, of the communication log list, and of the SLA
        // routes that take date-times (leave, shifts and rosters take dates).
        assertEquals(18, seen.size(), seen::toString);
    }

    /** Jackson writes every field of an answer, nulls included, so a client may rely on each being there. */
    @Test
    void answers_require_every_field_they_always_send_and_mark_the_server_set_ones() {
        for (String name : List.of("Contact", "Company", "Project", "Task", "TimeEntry", "TaskLabel", "PageMeta")) {
            JsonNode schema = schema(name);
            var properties = new TreeSet<String>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            var required = new TreeSet<String>();
            schema.path("required").forEach(field -> required.add(field.asText()));
            assertEquals(properties, required, name);
        }
        JsonNode contact = schema("Contact").path("properties");
        for (String field : List.of("id", "created_at", "created_by", "updated_at", "deleted_at")) {
            assertTrue(contact.path(field).path("readOnly").asBoolean(), field);
        }
        assertFalse(contact.path("first_name").path("readOnly").asBoolean());
        assertTrue(contact.path("email").path("nullable").asBoolean());
        assertEquals("date-time", contact.path("created_at").path("format").asText());
        assertEquals(
                "date",
                schema("Project")
                        .path("properties")
                        .path("start_date")
                        .path("format")
                        .asText());
        // The problem is written sparsely (no detail or errors when there are none).
        assertFalse(schema("Problem").path("required").toString().contains("detail"));
        // Inputs are not answers: nothing of them is required by this rule.
        assertTrue(schema("ContactInput").path("required").isMissingNode());
    }

    @Test
    void the_served_document_names_the_requests_base_url_as_its_only_server() throws Exception {
        String served = OpenApiDocument.servedAt(
                OpenApiDocument.generate(RestApi.RESOURCE_CLASSES, RestApi.routeRegistry()),
                "http://crm.example:8080/");
        JsonNode servers = new ObjectMapper().readTree(served).path("servers");
        assertEquals(1, servers.size());
        assertEquals("http://crm.example:8080", servers.path(0).path("url").asText());
    }

    private static boolean hasHeaderParameter(JsonNode operation, String name) {
        for (JsonNode named : operation.path("parameters")) {
            // A parameter the document keeps once under components is referred to by $ref.
            String ref = named.path("$ref").asText("");
            JsonNode parameter = ref.startsWith("#/components/parameters/")
                    ? document.path("components").path("parameters").path(ref.substring(ref.lastIndexOf('/') + 1))
                    : named;
            if (parameter.path("in").asText().equals("header")
                    && parameter.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
