package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code maxLength} that the served {@code /openapi.json} gives a string property of a JSON
 * request body is the limit the server enforces: a value one character longer is a 422 with the
 * domain's "must not be longer than N characters" on that property, a value of exactly N is not
 * refused for its length. The limits are written once, as constants of the domain types, and used
 * by both the check and the schema; this test fails if a literal creeps back into either and the
 * two drift apart.
 *
 * <p>Each POST, PUT and PATCH with an {@code application/json} body is sent its schema's own
 * example with one property changed (the merge-patch form of a PATCH is read by the same code, and
 * multipart uploads carry no such limits). Path ids are 1: the database is this class's own and
 * {@link #start} makes the first of every resource the operations name.
 */
class DocumentedMaxLengthEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String JSON = "application/json";
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");
    /** Fewer checks than this means the document lost its limits or the test stopped finding them. */
    private static final int AT_LEAST = 90;

    private static CrmHarness crm;
    private static int unique;

    @BeforeAll
    static void start() {
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-reader', 'Rita Reader', 'rita@acme.test', true)"""));
        JsonNode document = openApi();
        // Id 1 of everything an operation below names, made from the document's own examples where
        // they stand alone, in the order they refer to each other.
        for (String collection : List.of(
                "/api/companies",
                "/api/contacts",
                "/api/projects",
                "/api/task-labels",
                "/api/tasks",
                "/api/time-entries",
                "/api/communication-logs",
                "/api/pipelines",
                "/api/document-folders",
                "/api/leave-types",
                "/api/leave-requests",
                "/api/shifts",
                "/api/business-calendars",
                "/api/sla/policies")) {
            created(send("POST", collection, example(document, collection, "post")));
        }
        created(send("POST", "/api/deals", "{\"title\": \"Fixture\", \"company_id\": 1}"));
        created(upload("Fixture", 1));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    /** A {@code maxLength} of the document: a property of an operation's JSON body, and the example it goes in. */
    private record Limit(String method, String template, String property, int max, String format, JsonNode example) {
        String target() {
            return template.replaceAll("\\{[^}]+}", "1");
        }

        @Override
        public String toString() {
            return method + " " + template + " " + property + " (" + max + ")";
        }
    }

    @Test
    void every_documented_max_length_is_the_one_the_server_enforces() {
        List<Limit> limits = limits(openApi());
        var checked = new ArrayList<String>();
        var drifts = new ArrayList<String>();
        for (Limit limit : limits) {
            HttpResult tooLong = send(limit, limit.max() + 1);
            if (tooLong.status() != 422
                    || !messages(tooLong, limit.property())
                            .contains("must not be longer than " + limit.max() + " characters")) {
                drifts.add(limit + ": " + (limit.max() + 1) + " characters answered " + brief(tooLong));
            }
            String answers = Integer.toString(tooLong.status());
            if (!limit.format().equals("email")) {
                HttpResult longest = send(limit, limit.max());
                if (longest.status() >= 500
                        || messages(longest, limit.property()).stream()
                                .anyMatch(m -> m.startsWith("must not be longer than"))) {
                    drifts.add(limit + ": " + limit.max() + " characters answered " + brief(longest));
                }
                answers += ", " + longest.status() + (longest.status() == 422 ? " " + refusal(longest) : "");
            }
            checked.add(limit + ": " + answers);
        }
        System.out.println("Documented maxLength checked on " + checked.size() + " properties of operations"
                + " (the answers to N+1 and to N characters):\n  " + String.join("\n  ", checked));
        assertTrue(
                drifts.isEmpty(),
                () -> drifts.size() + " documented limits are not the ones enforced:\n  "
                        + String.join("\n  ", drifts));
        assertTrue(
                checked.size() >= AT_LEAST,
                () -> "only " + checked.size() + " documented limits found:\n  " + String.join("\n  ", checked));
    }

    /** Every string property with a {@code maxLength} in the JSON body of a POST, PUT or PATCH. */
    private static List<Limit> limits(JsonNode document) {
        var limits = new ArrayList<Limit>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode media = operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .path(JSON);
                    if (!WITH_BODY.contains(operation.getKey()) || media.isMissingNode()) {
                        return;
                    }
                    JsonNode schema = resolved(document, media.path("schema"));
                    JsonNode example = exampleOf(schema, media);
                    schema.path("properties").properties().forEach(property -> {
                        JsonNode field = resolved(document, property.getValue());
                        if (field.has("maxLength")) {
                            limits.add(new Limit(
                                    operation.getKey().toUpperCase(Locale.ROOT),
                                    path.getKey(),
                                    property.getKey(),
                                    field.path("maxLength").asInt(),
                                    field.path("format").asText(""),
                                    example));
                        }
                    });
                }));
        return limits;
    }

    /** The limit's example with its property set to a text of {@code length} characters. */
    private static HttpResult send(Limit limit, int length) {
        ObjectNode body = limit.example().deepCopy();
        body.put(limit.property(), text(limit.format(), length));
        return send(limit.method(), limit.target(), body.toString());
    }

    private static JsonNode openApi() {
        HttpResult served = crm.get("/openapi.json", null);
        assertEquals(200, served.status(), served::toString);
        return served.json();
    }

    /** A {@code $ref} to {@code #/components/schemas/...} followed to its schema, any other node as it is. */
    private static JsonNode resolved(JsonNode document, JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static JsonNode exampleOf(JsonNode schema, JsonNode media) {
        JsonNode example = schema.has("example") ? schema.path("example") : media.path("example");
        assertTrue(example.isObject(), () -> "no example object: " + media);
        return example;
    }

    private static String example(JsonNode document, String path, String method) {
        JsonNode media = document.path("paths")
                .path(path)
                .path(method)
                .path("requestBody")
                .path("content")
                .path(JSON);
        return exampleOf(resolved(document, media.path("schema")), media).toString();
    }

    /**
     * A text of {@code length} characters, in the property's format where it has one, and unlike
     * every other (names are unique in some collections). An email property would get only the
     * too-long text: letters are no address.
     */
    private static String text(String format, int length) {
        var text = new StringBuilder(format.equals("uri") ? "https://" : "");
        for (int n = ++unique; n > 0; n /= 26) {
            text.append((char) ('a' + n % 26));
        }
        text.append('x');
        while (text.length() < length) {
            text.append('a');
        }
        return text.toString();
    }

    private static List<String> messages(HttpResult result, String property) {
        var messages = new ArrayList<String>();
        if (result.status() == 422) {
            result.json().path("errors").path(property).forEach(m -> messages.add(m.asText()));
        }
        return messages;
    }

    /** Why a 422 refused what it refused: its code, and the properties it names. */
    private static String refusal(HttpResult result) {
        var named = new ArrayList<String>();
        result.json().path("errors").properties().forEach(e -> named.add(e.getKey()));
        return result.error() + (named.isEmpty() ? "" : " " + named);
    }

    private static String brief(HttpResult result) {
        String body = result.body();
        return result.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private static HttpResult send(String method, String path, String json) {
        return crm.send(crm.request(path, ADMIN)
                .header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void created(HttpResult result) {
        assertEquals(201, result.status(), result::toString);
    }

    /** A document in a folder: the one multipart fixture, for the PATCH of a document's title and description. */
    private static HttpResult upload(String title, long folder) {
        String boundary = MultipartBody.BOUNDARY;
        var body = new ByteArrayOutputStream();
        for (var field :
                Map.of("title", title, "folder_id", Long.toString(folder)).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\""
                        + "\r\nContent-Type: text/plain\r\n\r\nfixture\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return crm.send(crm.request("/api/documents", ADMIN)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
