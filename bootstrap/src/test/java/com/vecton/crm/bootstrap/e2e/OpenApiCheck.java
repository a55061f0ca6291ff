package com.vecton.crm.bootstrap.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Sends requests to a {@link CrmHarness} and checks each exchange against the OpenAPI document the
 * server itself serves (swagger-request-validator): the request, when it is one a client generated
 * from the document could send, and always the answer (status, media type, body schema, with
 * undeclared properties refused). It remembers which statuses each operation answered and every
 * mismatch, for the test to assert on.
 */
final class OpenApiCheck {
    /** An operation of the document: {@code GET /api/tasks/{id}}, and how to recognise its paths. */
    record Operation(String method, String template, Pattern path, boolean guarded) {
        String name() {
            return method + " " + template;
        }

        int literalLength() {
            return template.replaceAll("\\{[^}]+}", "").length();
        }
    }

    private final CrmHarness crm;
    private final OpenApiInteractionValidator validator;
    private final List<Operation> operations;
    private final Map<String, Set<Integer>> answered = new TreeMap<>();
    private final List<String> mismatches = new ArrayList<>();

    private OpenApiCheck(CrmHarness crm, OpenApiInteractionValidator validator, List<Operation> operations) {
        this.crm = crm;
        this.validator = validator;
        this.operations = operations;
    }

    /** Fetches {@code /openapi.json} from the server and checks against it. */
    static OpenApiCheck of(CrmHarness crm) {
        HttpResult served = crm.get("/openapi.json", null);
        if (served.status() != 200) {
            throw new AssertionError("GET /openapi.json: " + served);
        }
        var operations = new ArrayList<Operation>();
        JsonNode document = served.json();
        boolean securedByDefault = document.path("security").size() > 0;
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode security = operation.getValue().path("security");
                    boolean guarded = security.isMissingNode() ? securedByDefault : !security.isEmpty();
                    String regex = "\\Q" + path.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
                    operations.add(new Operation(
                            operation.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            Pattern.compile(regex),
                            guarded));
                }));
        var validator = OpenApiInteractionValidator.createForInlineApiSpecification(served.body())
                .build();
        return new OpenApiCheck(crm, validator, List.copyOf(operations));
    }

    List<Operation> operations() {
        return operations;
    }

    /** A request a client generated from the document could send: both it and the answer must match. */
    HttpResult send(String method, String target, String token, String contentType, String body) {
        return exchange(method, target, token, contentType, body, true);
    }

    HttpResult send(String method, String target, String token) {
        return exchange(method, target, token, null, null, true);
    }

    HttpResult sendJson(String method, String target, String token, String body) {
        return exchange(method, target, token, "application/json", body, true);
    }

    /** As {@link #send}, with request headers the document offers ({@code If-Match}, {@code Idempotency-Key}, ...). */
    HttpResult sendWith(
            Map<String, String> headers, String method, String target, String token, String contentType, String body) {
        return exchange(method, target, token, contentType, body, true, headers);
    }

    /**
     * A request the document does not allow (no token, malformed JSON, a value outside an enum):
     * only the answer is checked, which must still be one the document declares.
     */
    HttpResult sendOffSpec(String method, String target, String token, String contentType, String body) {
        return exchange(method, target, token, contentType, body, false);
    }

    private HttpResult exchange(
            String method, String target, String token, String contentType, String body, boolean requestConforms) {
        return exchange(method, target, token, contentType, body, requestConforms, Map.of());
    }

    private HttpResult exchange(
            String method,
            String target,
            String token,
            String contentType,
            String body,
            boolean requestConforms,
            Map<String, String> headers) {
        var http = crm.request(target, token);
        if (contentType != null) {
            http.header("Content-Type", contentType);
        }
        headers.forEach(http::header);
        http.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResult result = crm.send(http);

        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        var request = new SimpleRequest.Builder(method, path);
        if (query >= 0) {
            queryParameters(target.substring(query + 1)).forEach(request::withQueryParam);
        }
        if (token != null) {
            request.withAuthorization("Bearer " + token);
        }
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (body != null) {
            request.withBody(body);
        }
        headers.forEach(request::withHeader);
        var response = new SimpleResponse.Builder(result.status());
        result.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (!result.body().isEmpty()) {
            response.withBody(result.body());
        }
        ValidationReport report = requestConforms
                ? validator.validate(request.build(), response.build())
                : validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                mismatches.add(method + " " + target + " -> " + result.status() + ": [" + message.getKey() + "] "
                        + message.getMessage() + context(message));
            }
        }
        operationOf(method, path)
                .ifPresent(op -> answered.computeIfAbsent(op.name(), k -> new TreeSet<>())
                        .add(result.status()));
        return result;
    }

    private static String context(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(c -> c.getPointers().map(p -> " at " + p.getInstance() + " (schema " + p.getSchema() + ")"))
                .orElse("");
    }

    private java.util.Optional<Operation> operationOf(String method, String path) {
        return operations.stream()
                .filter(op ->
                        op.method().equals(method) && op.path().matcher(path).matches())
                .max(Comparator.comparingInt(Operation::literalLength));
    }

    private static Map<String, List<String>> queryParameters(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * What the document says of a request and answer made up by the test, sent nowhere and not
     * remembered: to prove that the check refuses what it should.
     */
    List<String> mismatchesOf(
            String method, String path, String token, String requestBody, int status, String responseBody) {
        var request = new SimpleRequest.Builder(method, path).withAuthorization("Bearer " + token);
        if (requestBody != null) {
            request.withContentType("application/json").withBody(requestBody);
        }
        var response = new SimpleResponse.Builder(status)
                .withHeader("X-Request-Id", "r-made-up")
                .withContentType(status < 400 ? "application/json" : "application/problem+json")
                .withBody(responseBody);
        return validator.validate(request.build(), response.build()).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getKey)
                .toList();
    }

    /** Every mismatch so far, then forgets them: each test answers for its own exchanges. */
    List<String> takeMismatches() {
        var taken = List.copyOf(mismatches);
        mismatches.clear();
        return taken;
    }

    /** The statuses each operation of the document answered, by {@code METHOD /template}. */
    Map<String, Set<Integer>> answered() {
        return answered;
    }
}
