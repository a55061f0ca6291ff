package com.vecton.crm.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Makes the hostile requests of the fuzz test from a seed: every operation of the served OpenAPI
 * document, each {@link Kind} of hostility in every one of its variants once (the first pass),
 * then random picks of operation, kind and variant, some of them several kinds at once
 * ({@link Kind#CHAOS}).
 *
 * <p>A request of one well-defined kind is otherwise clean (a token that may do everything, ids
 * of records that exist, a valid body), so its {@link Expectation} can be precise. Those requests
 * name the records of the {@code refusedOnly} group, which only ever receive requests the server
 * must refuse: afterwards they must read back unchanged. Everything else (valid requests, kinds
 * without a precise answer, mixtures) names the {@code targets}, which may legitimately change.
 *
 * <p>The same seed, count and OpenAPI document give the same requests: nothing here depends on
 * the server's answers.
 */
final class HostileRequestGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    static final String VALID_TOKEN = com.vecton.crm.adapter.out.identity.testing.TestTokens.ADMIN;
    static final String MEMBER_TOKEN = com.vecton.crm.adapter.out.identity.testing.TestTokens.MEMBER;
    /** Every hostile token carries one of these, unique per token, so the log can be searched for it. */
    static final java.util.regex.Pattern TOKEN_CORE = java.util.regex.Pattern.compile("fzk[a-z0-9]{12}");

    /** A parameter of an operation as the OpenAPI document declares it. */
    record Param(String name, String type, String format, boolean required) {
        boolean integer() {
            return "integer".equals(type);
        }
    }

    /** One operation (path template and method) of the OpenAPI document. */
    record Operation(
            String method,
            String template,
            List<Param> pathParams,
            List<Param> queryParams,
            JsonNode bodySchema,
            List<String> bodyTypes,
            boolean guarded) {
        boolean hasBody() {
            return bodySchema != null;
        }

        boolean jsonRoute() {
            return bodyTypes.contains("application/json");
        }

        boolean hasStringPathParam() {
            return pathParams.stream().anyMatch(p -> !p.integer());
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** The records one request may name, one of each type, and a user who is a member of the project. */
    record Records(
            String group,
            long company,
            long contact,
            long project,
            long task,
            long label,
            long entry,
            String memberUser) {}

    record Outcome(int status, String error) {
        @Override
        public String toString() {
            return status + " " + error;
        }
    }

    /**
     * What the answer to a request of a well-defined kind must be: one of {@code allowed}; with a
     * 422, {@code errors} naming {@code errorsField}; with a 405, an {@code Allow} header.
     */
    record Expectation(List<Outcome> allowed, String errorsField, boolean allowHeader) {
        static Expectation of(int status, String error) {
            return new Expectation(List.of(new Outcome(status, error)), null, status == 405);
        }

        static Expectation field(String field) {
            return new Expectation(List.of(new Outcome(422, "validation_failed")), field, false);
        }

        static Expectation anyOf(Outcome... outcomes) {
            return new Expectation(List.of(outcomes), null, false);
        }

        @Override
        public String toString() {
            return allowed.stream()
                            .map(Outcome::toString)
                            .reduce((a, b) -> a + " or " + b)
                            .orElse("?")
                    + (errorsField == null ? "" : " with errors." + errorsField)
                    + (allowHeader ? " with Allow" : "");
        }
    }

    /** What a request is made of, in the words of the issue; a report groups violations by it. */
    enum Kind {
        VALID("a clean request"),
        HEAD_OF_GET("HEAD of a GET route"),
        ID_NOT_POSITIVE_INTEGER("id path param that is not a positive integer -> 404 not_found"),
        ID_ODD("odd but legal id path param (%00, %C0%80, .., unicode)"),
        PATH_MALFORMED_ESCAPE("malformed percent escape in the path -> 400 malformed_request"),
        PATH_ILLEGAL_CHAR("illegal character in the path -> 400 malformed_request"),
        NONID_PATH_NUL("NUL in a non-id path param -> 422 validation_failed"),
        NONID_PATH_ODD("odd non-id path param"),
        QUERY_MALFORMED_ESCAPE("malformed percent escape in the query -> 400 malformed_request"),
        QUERY_ILLEGAL_CHAR("illegal character in the query -> 400 malformed_request"),
        QUERY_NUL("NUL in a query param -> 422 validation_failed"),
        QUERY_INSTANT_OUT_OF_RANGE("instant outside 0001-9999 in the query -> 422 validation_failed"),
        QUERY_WRONG_TYPE("query param of the wrong type or odd value"),
        QUERY_REPEATED("repeated query params"),
        QUERY_ODD("odd query string"),
        URI_TOO_LONG("request target over the URI limit -> 414 uri_too_long"),
        HEADERS_TOO_LARGE("header block over the limit -> 431"),
        HEADERS_TOO_MANY("too many headers -> 431"),
        TOKEN_CONTROL_CHARS("token with control characters -> 401 token_invalid, identity not called"),
        TOKEN_NOT_B64("token not of b64token syntax -> 401 token_invalid, identity not called"),
        TOKEN_TOO_LONG("token over 4096 characters -> 401 token_invalid, identity not called"),
        TOKEN_MISSING("no Bearer token -> 401 token_missing, identity not called"),
        TOKEN_EMPTY("empty Bearer token, identity not called"),
        TOKEN_UNKNOWN("well-formed unknown token -> 401 token_invalid"),
        REQUEST_ID_SANE("sane X-Request-Id -> echoed"),
        REQUEST_ID_INSANE("insane X-Request-Id -> not reflected"),
        HOST_BAD("empty, missing, doubled or invalid Host -> 400 malformed_request"),
        CONTENT_LENGTH_BAD("bad Content-Length -> 400 malformed_request"),
        CONTENT_TYPE_UNSUPPORTED("unsupported Content-Type on a JSON route -> 415"),
        CONTENT_TYPE_MALFORMED("malformed Content-Type on a JSON route -> 400 or 415"),
        CONTENT_TYPE_CHARSET("a charset parameter on application/json, which RFC 8259 section 11 says has no effect"),
        ACCEPT_ODD("odd Accept"),
        EXPECT_UNKNOWN("Expect other than 100-continue -> 417 expectation_failed"),
        EXPECT_CONTINUE("Expect: 100-continue"),
        UPGRADE("Upgrade: h2c or websocket -> answered normally, at once"),
        METHOD_WRONG("a method the route lacks -> 405 method_not_allowed"),
        METHOD_ODD("odd method"),
        UNKNOWN_ROUTE("unknown route -> 404 not_found"),
        ABSOLUTE_FORM("absolute-form or asterisk-form target"),
        VERSION_ODD("odd HTTP version"),
        HEADER_ODD("odd header syntax"),
        CHUNKED_VALID("a valid chunked body"),
        CHUNKED_BROKEN("broken chunks"),
        BODY_NUL_STRING("NUL in a JSON string -> 422 validation_failed"),
        BODY_INSTANT_OUT_OF_RANGE("instant outside 0001-9999 in the body -> 422 validation_failed"),
        BODY_WRONG_TYPE("wrong JSON type for a field -> 400 malformed_request"),
        BODY_TRUNCATED("truncated JSON -> 400 malformed_request"),
        BODY_NOT_OBJECT("JSON that is not an object (deep arrays too) -> 400 malformed_request"),
        BODY_DEEP_FIELD("deeply nested arrays as a field -> 400 malformed_request"),
        BODY_BIG_NUMBERS("numbers out of range"),
        BODY_BAD_UTF8("bytes that are not UTF-8 in a JSON string"),
        BODY_ODD("odd JSON (duplicate keys, BOM, trailing bytes, deep objects)"),
        BODY_TOO_LARGE("body over 1 MiB -> 413 payload_too_large"),
        BODY_ON_GET("body on GET -> 400 malformed_request"),
        BODY_ON_HEAD_OR_DELETE("body on HEAD or DELETE"),
        CHAOS("several hostile parts at once");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** One request to send, with what it must get. */
    static final class Case {
        final int index;
        final Kind kind;
        final Operation operation;
        final Records records;
        final HostileRequest request;
        /** Variant labels of every kind applied (one, or several for {@link Kind#CHAOS}). */
        final List<String> parts = new ArrayList<>();

        Expectation expectation;
        /** For {@link Kind#UPGRADE}: the same request without the upgrade, sent first. */
        HostileRequest control;
        /** Whether the control's answer must equal this one's (idempotent methods only). */
        boolean compareWithControl;
        /** The server may not know the client's request id (request line or header block unreadable). */
        boolean echoExempt;

        boolean firstPass;

        Case(int index, Kind kind, Operation operation, Records records, HostileRequest request) {
            this.index = index;
            this.kind = kind;
            this.operation = operation;
            this.records = records;
            this.request = request;
        }

        String label() {
            return "#" + index + " " + kind + " [" + String.join(" + ", parts) + "] on " + operation;
        }

        /** Keys of (kind, variant) this case is made of, for stopping a variant that makes the server hang. */
        List<String> variantKeys() {
            return parts;
        }
    }

    private final Random random;
    private final List<Operation> operations;
    private final String authority;
    private final List<Records> targets;
    private Records refusedOnly;
    private final List<String> memberCandidates;
    private int slot;
    private int unique;

    HostileRequestGenerator(
            long seed,
            List<Operation> operations,
            int port,
            List<Records> targets,
            Records refusedOnly,
            List<String> memberCandidates) {
        this.random = new Random(seed);
        this.operations = List.copyOf(operations);
        this.authority = "127.0.0.1:" + port;
        this.targets = List.copyOf(targets);
        this.refusedOnly = refusedOnly;
        this.memberCandidates = List.copyOf(memberCandidates);
    }

    /** Precise cases name these records from now on (a request that should have been refused changed the old ones). */
    void refusedOnly(Records records) {
        this.refusedOnly = records;
    }

    Records refusedOnly() {
        return refusedOnly;
    }

    // ------------------------------------------------------------------ the OpenAPI document

    /** Every operation of the served document, in document order. */
    static List<Operation> operationsOf(JsonNode openApi) {
        var operations = new ArrayList<Operation>();
        JsonNode schemas = openApi.path("components").path("schemas");
        boolean securedByDefault =
                openApi.path("security").isArray() && !openApi.path("security").isEmpty();
        openApi.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    String method = entry.getKey().toUpperCase(Locale.ROOT);
                    if (!METHODS.contains(method) && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                        return;
                    }
                    JsonNode op = entry.getValue();
                    var pathParams = new ArrayList<Param>();
                    var queryParams = new ArrayList<Param>();
                    for (JsonNode p : op.path("parameters")) {
                        JsonNode schema = resolve(p.path("schema"), schemas);
                        var param = new Param(
                                p.path("name").asText(),
                                schema.path("type").asText("string"),
                                schema.path("format").asText(null),
                                p.path("required").asBoolean(false));
                        switch (p.path("in").asText()) {
                            case "path" -> pathParams.add(param);
                            case "query" -> queryParams.add(param);
                            default -> {}
                        }
                    }
                    JsonNode bodySchema = null;
                    var bodyTypes = new ArrayList<String>();
                    JsonNode content = op.path("requestBody").path("content");
                    for (var type : content.properties()) {
                        bodyTypes.add(type.getKey());
                        if (bodySchema == null) {
                            bodySchema = resolve(type.getValue().path("schema"), schemas);
                        }
                    }
                    boolean guarded = op.has("security") ? !op.path("security").isEmpty() : securedByDefault;
                    operations.add(new Operation(
                            method,
                            path.getKey(),
                            List.copyOf(pathParams),
                            List.copyOf(queryParams),
                            bodySchema,
                            List.copyOf(bodyTypes),
                            guarded));
                }));
        return operations;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    // ------------------------------------------------------------------ the sequence

    /**
     * The first pass (every operation clean, then every variant of every kind once), then random
     * cases until {@code count} cases in all. The first pass is always whole, whatever the count.
     */
    Iterator<Case> cases(int count) {
        return new Iterator<>() {
            private int index;
            private final List<Object[]> plan = firstPassPlan();
            private int planned;

            @Override
            public boolean hasNext() {
                return planned < plan.size() || index < count;
            }

            @Override
            public Case next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Case c;
                if (planned < plan.size()) {
                    Object[] step = plan.get(planned++);
                    c = single(index, (Kind) step[0], (Operation) step[1], (Integer) step[2]);
                    c.firstPass = true;
                } else {
                    c = randomCase(index);
                }
                index++;
                return c;
            }
        };
    }

    /** (kind, operation, variant): every operation clean, then every variant of every kind, operations in turn. */
    private List<Object[]> firstPassPlan() {
        var plan = new ArrayList<Object[]>();
        for (Operation op : operations) {
            plan.add(new Object[] {Kind.VALID, op, 0});
        }
        for (Kind kind : Kind.values()) {
            if (kind == Kind.VALID || kind == Kind.CHAOS) {
                continue;
            }
            List<Operation> applicable =
                    operations.stream().filter(op -> applies(kind, op)).toList();
            if (applicable.isEmpty()) {
                throw new IllegalStateException("no operation of the document takes " + kind);
            }
            int variants = variants(kind);
            for (int v = 0; v < variants; v++) {
                Operation op = applicable.get((kind.ordinal() * 7 + v) % applicable.size());
                plan.add(new Object[] {kind, op, v});
            }
        }
        for (int i = 0; i < 10; i++) {
            plan.add(new Object[] {Kind.CHAOS, operations.get((i * 5) % operations.size()), 0});
        }
        return plan;
    }

    private Case randomCase(int index) {
        Operation op = operations.get(random.nextInt(operations.size()));
        double roll = random.nextDouble();
        if (roll < 0.06) {
            return single(index, Kind.VALID, op, 0);
        }
        if (roll < 0.16) {
            return single(index, Kind.CHAOS, op, 0);
        }
        List<Kind> applicable = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.VALID && kind != Kind.CHAOS && applies(kind, op)) {
                applicable.add(kind);
            }
        }
        Kind kind = applicable.get(random.nextInt(applicable.size()));
        return single(index, kind, op, random.nextInt(variants(kind)));
    }

    private Case single(int index, Kind kind, Operation op, int variant) {
        boolean precise = kind != Kind.CHAOS && isRefusal(kind);
        Records records = precise ? refusedOnly : targets.get(random.nextInt(targets.size()));
        var c = new Case(index, kind, op, records, clean(op, records, index, precise));
        if (kind == Kind.CHAOS) {
            int parts = 2 + random.nextInt(3);
            var kinds = new ArrayList<Kind>();
            for (Kind k : Kind.values()) {
                if (k != Kind.VALID && k != Kind.CHAOS && k != Kind.UPGRADE && applies(k, op)) {
                    kinds.add(k);
                }
            }
            for (int i = 0; i < parts; i++) {
                Kind part = kinds.get(random.nextInt(kinds.size()));
                mutate(part, random.nextInt(variants(part)), c);
            }
            c.expectation = null;
            c.control = null;
        } else {
            c.expectation = mutate(kind, variant, c);
        }
        return c;
    }

    /** Kinds whose every request the server must refuse; they use the refused-only records. */
    private static boolean isRefusal(Kind kind) {
        return switch (kind) {
            case VALID,
                    HEAD_OF_GET,
                    ID_ODD,
                    NONID_PATH_ODD,
                    QUERY_WRONG_TYPE,
                    QUERY_REPEATED,
                    QUERY_ODD,
                    TOKEN_EMPTY,
                    REQUEST_ID_SANE,
                    REQUEST_ID_INSANE,
                    CONTENT_TYPE_CHARSET,
                    ACCEPT_ODD,
                    EXPECT_CONTINUE,
                    UPGRADE,
                    METHOD_ODD,
                    ABSOLUTE_FORM,
                    VERSION_ODD,
                    HEADER_ODD,
                    CHUNKED_VALID,
                    CHUNKED_BROKEN,
                    BODY_BIG_NUMBERS,
                    BODY_BAD_UTF8,
                    BODY_ODD,
                    BODY_ON_HEAD_OR_DELETE,
                    CHAOS -> false;
            default -> true;
        };
    }

    boolean applies(Kind kind, Operation op) {
        return switch (kind) {
            case HEAD_OF_GET, BODY_ON_GET -> op.method().equals("GET");
            case ID_NOT_POSITIVE_INTEGER, ID_ODD -> op.pathParams().stream().anyMatch(Param::integer);
            case NONID_PATH_NUL, NONID_PATH_ODD -> op.hasStringPathParam();
            case QUERY_NUL, QUERY_WRONG_TYPE, QUERY_REPEATED ->
                !op.queryParams().isEmpty();
            case QUERY_INSTANT_OUT_OF_RANGE -> op.queryParams().stream().anyMatch(p -> isInstantParam(p.name()));
            case TOKEN_CONTROL_CHARS, TOKEN_NOT_B64, TOKEN_TOO_LONG, TOKEN_MISSING, TOKEN_UNKNOWN -> op.guarded();
            case CONTENT_TYPE_UNSUPPORTED, CONTENT_TYPE_MALFORMED, CONTENT_TYPE_CHARSET ->
                op.hasBody() && op.jsonRoute();
            // The body kinds are JSON made hostile: they apply to JSON routes. The streamed uploads
            // (multipart/form-data) have their own hostile corpus (MediaEndToEndTest, MultipartStreamTest).
            case CHUNKED_VALID,
                    CHUNKED_BROKEN,
                    BODY_TRUNCATED,
                    BODY_NOT_OBJECT,
                    BODY_TOO_LARGE,
                    BODY_ODD,
                    BODY_BAD_UTF8 -> op.hasBody() && op.jsonRoute();
            case BODY_NUL_STRING ->
                op.hasBody() && op.jsonRoute() && !stringFields(op).isEmpty();
            case BODY_INSTANT_OUT_OF_RANGE ->
                op.hasBody() && op.jsonRoute() && !instantFields(op).isEmpty();
            case BODY_WRONG_TYPE, BODY_DEEP_FIELD ->
                op.hasBody() && op.jsonRoute() && !typedFields(op).isEmpty();
            case BODY_BIG_NUMBERS ->
                op.hasBody() && op.jsonRoute() && !integerFields(op).isEmpty();
            case BODY_ON_HEAD_OR_DELETE ->
                op.method().equals("GET") || op.method().equals("DELETE");
            case METHOD_WRONG -> !missingMethods(op).isEmpty();
            default -> true;
        };
    }

    // ------------------------------------------------------------------ variants

    private static final List<String> NOT_POSITIVE_INTEGERS = List.of(
            "0",
            "-1",
            "abc",
            "99999999999999999999",
            "9223372036854775808",
            "1.5",
            "1e3",
            "0x10",
            "9".repeat(2000),
            "-0",
            "00",
            "%2D1",
            "%61bc");
    private static final List<String> ODD_IDS = List.of(
            "%00",
            "1%00",
            "%C0%80",
            "%C3%A9",
            "%D9%A3",
            "..",
            "%2e%2e",
            "%2F",
            "1%2F2",
            "1;x=y",
            "%2B1",
            "+1",
            "%201",
            "~",
            "1,2",
            ".",
            "%EF%BC%91",
            "1%0A",
            "1%0D%0AX-Fz:%20y",
            "01",
            "%31",
            "%E2%80%AE1",
            "1%20");
    private static final List<String> MALFORMED_ESCAPES = List.of("%", "%zz", "%2", "1%", "%G1", "%%", "%u0041", "1%2");
    /** Raw characters a request target may not hold; those marked {@code true} break the request line itself. */
    private static final List<Map.Entry<String, Boolean>> ILLEGAL_PATH = List.of(
            Map.entry("{id}", false),
            Map.entry("[]", false),
            Map.entry("\\", false),
            Map.entry("1\\2", false),
            Map.entry("1\u0000", true),
            Map.entry("\u00e9", false),
            Map.entry("\"", false),
            Map.entry("<x>", false),
            Map.entry("^", false),
            Map.entry("`", false),
            Map.entry("|", false),
            Map.entry("1\u007f", true),
            Map.entry("\u0001", true),
            Map.entry("1 2", true),
            Map.entry(HostileRequest.rawByte(0xff), false),
            Map.entry("1#x", false),
            Map.entry(HostileRequest.rawByte(0xc0) + HostileRequest.rawByte(0x80), false));

    private static final List<String> NONID_NUL = List.of("%00", "u-fz%00x", "%00u-fz-member");
    private static final List<String> ODD_NONIDS = List.of(
            "-1",
            "0",
            "..",
            "%2e%2e",
            "%C0%80",
            "%C3%A9rv%C3%A1i",
            "a".repeat(2000),
            "%2F",
            "u-fz-member;x",
            "%20",
            "%E2%80%AE",
            "u-fz-member%2F..");
    private static final List<String> QUERY_MALFORMED =
            List.of("a=%", "search=%zz", "search=%2", "%=1", "page=%G0", "search=ab%", "per_page=1%2", "fz=%%");
    private static final List<Map.Entry<String, Boolean>> QUERY_ILLEGAL = List.of(
            Map.entry("fz=a|b", false),
            Map.entry("fz={x}", false),
            Map.entry("fz=a\\b", false),
            Map.entry("fz=^", false),
            Map.entry("fz=`", false),
            Map.entry("fz=\"x\"", false),
            Map.entry("fz=<x>", false),
            Map.entry("fz=\u00e9", false),
            Map.entry("fz=a\u0000b", true),
            Map.entry("fz=a\u007fb", true),
            // Raw [ and ] are accepted in a query on purpose (axios sends filter[x]= unescaped): see RequestTarget.
            Map.entry("fz=a b", true),
            Map.entry("fz=a#b", false),
            Map.entry("fz=" + HostileRequest.rawByte(0xff), false));
    private static final List<String> QUERY_NULS = List.of("%00", "a%00b", "%00%00", "1%00");
    private static final List<String> QUERY_INSTANTS = List.of(
            "%2B999999999-12-31T23:59:59Z",
            "-999999999-01-01",
            "0000-12-31",
            "10000-01-01",
            "0000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z",
            "%2B10000-01-01T00:00:00Z",
            "-999999999-01-01T00:00:00Z",
            "%2B999999999-12-31");
    private static final List<String> ODD_QUERY_VALUES = List.of(
            "abc",
            "-5",
            "0",
            "1.5",
            "99999999999999999999",
            "true",
            "",
            "%C0%80",
            "+999999999-12-31T23:59:59Z",
            "yesterday",
            "a".repeat(2000),
            "%E2%80%AE",
            "%F0%9F%98%80",
            "%FF",
            "%2B",
            "1e400",
            "null",
            "%5B%5D");
    private static final List<String> ODD_QUERIES = List.of(
            "",
            "&&&",
            "=",
            "a",
            "a=1;b=2",
            "+",
            "%20",
            "a%5B%5D=1&a%5B%5D=2",
            "page=1&&per_page=2",
            "search=%25%5F",
            "p=1&".repeat(500),
            "search",
            "=1&=2",
            "search=%C3%A1rvai&search=");
    private static final List<String> TOKEN_CONTROL =
            List.of(".x\u0000y", "\u007f", "\u0001a", "\u001bz", "\u0008b", "a\tb", "\u0000");
    /** Suffixes that leave b64token syntax; the {@code true} ones hold a space, which may also read as no token. */
    private static final List<Map.Entry<String, Boolean>> TOKEN_NOT_B64_PARTS = List.of(
            Map.entry("!x", false),
            Map.entry(",x", false),
            Map.entry(";x", false),
            Map.entry("\"", false),
            Map.entry("=x", false),
            Map.entry(" x", true),
            Map.entry("\u00e9", false),
            Map.entry("%41", false),
            Map.entry("@x", false),
            Map.entry("{x}", false),
            Map.entry("\u00a0", false),
            Map.entry("\\x", false),
            Map.entry(HostileRequest.rawByte(0xc0) + HostileRequest.rawByte(0x80), false),
            Map.entry("*", false));

    private static final List<String> SANE_IDS_SUFFIX = List.of("", ":1.2_3-4", "x".repeat(100));
    private static final List<String> INSANE_IDS = List.of(
            "x".repeat(129),
            "x".repeat(10 * 1024),
            "fz id",
            "<script>x</script>",
            "fz\u00e9",
            "fz\u0000x",
            "fz\u007f",
            "",
            "../../etc/passwd",
            "fz%0d%0aX-Injected:%20y",
            "fz\tx",
            "fz\"x",
            "fz;x",
            "{fz}");
    private static final List<String> BAD_CONTENT_LENGTHS =
            List.of("abc", "-1", "2|10", "", "1.5", "0x2", "2 2", "+2", "2, 10", "99999999999999999999999");
    private static final List<String> UNSUPPORTED_TYPES = List.of(
            "text/plain",
            "application/xml",
            "text/html; charset=utf-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fz",
            "application/octet-stream",
            "application/jsonx",
            "image/png");
    private static final List<String> MALFORMED_TYPES =
            List.of("\"\"", "", ";;;", "json", "application/", "/json", "*/*", "application/json/x");
    private static final List<String> CHARSET_TYPES = List.of(
            "application/json;charset=",
            "application/json; charset=bogus",
            "application/json; charset=\"",
            "application/json; charset=utf-16",
            "application/json; charset=\"utf-8\"");
    private static final List<String> ODD_ACCEPTS = List.of(
            "a/b/c",
            "application/json;q=abc",
            "application/json; charset=bogus",
            "text/html",
            "*/*;q=0",
            "application/xml",
            "",
            ";;;",
            "x".repeat(2000),
            "application/problem+json",
            "text/*, application/*;q=0.1",
            "\u00e9/\u00e9");
    private static final List<String> UNKNOWN_EXPECTS =
            List.of("200-ok", "foo", "100-continuex", "100-continue, foo", "101-switch");
    private static final List<String> ODD_METHODS = List.of(
            "FOO",
            "get",
            "OPTIONS",
            "TRACE",
            "CONNECT",
            "PROPFIND",
            "M".repeat(200),
            "GE\u0001T",
            "PRI",
            "G",
            "DELETE\u0000");
    private static final List<String> UNKNOWN_ROUTES = List.of(
            "/api/fz-nowhere",
            "/api/contacts/{ro}/nope",
            "/nowhere",
            "/API/contacts",
            "/api",
            "/api/contacts/{ro}/restore/x",
            "/healthz",
            "/api/fz/deeper/still");
    private static final List<String> ODD_VERSIONS = List.of(
            "HTTP/1.0",
            "HTTP/1.0|nohost",
            "HTTP/2.0",
            "HTTP/3.0",
            "HTTP/9.9",
            "HTTP/1.2",
            "HTTX/1.1",
            "http/1.1",
            "HTTP/1.1.1",
            "HTTP/01.1",
            "",
            "HTTP/1.1 x");
    private static final List<String> DATE_TIMES_OUT_OF_RANGE = List.of(
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "0000-12-31T23:59:59Z",
            "10000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z",
            "-0001-06-01T00:00:00Z");
    private static final List<String> DATES_OUT_OF_RANGE =
            List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "10000-01-01", "+10000-06-01", "-0001-06-01");
    private static final List<String> BIG_NUMBERS = List.of(
            "1e400",
            "9223372036854775808",
            "2147483648",
            "-9223372036854775809",
            "1.5",
            "1e3",
            "-0",
            "0",
            "-1",
            "1" + "0".repeat(400),
            "-1e400",
            "0.0000001e-400");
    private static final List<String> BAD_UTF8 = List.of(
            bytes(0xc0, 0x80),
            bytes(0xed, 0xa0, 0x80),
            bytes(0xff),
            bytes(0x80),
            bytes(0xe2, 0x82),
            bytes(0xf4, 0x90, 0x80, 0x80),
            bytes(0x00),
            bytes(0x01),
            "\\ud800",
            "\\udfff\\ud800",
            bytes(0xf8, 0x88, 0x80, 0x80, 0x80));

    private static String bytes(int... values) {
        var out = new StringBuilder();
        for (int b : values) {
            out.append(HostileRequest.rawByte(b));
        }
        return out.toString();
    }

    int variants(Kind kind) {
        return switch (kind) {
            case VALID, CHAOS, HEAD_OF_GET, METHOD_WRONG -> 1;
            case ID_NOT_POSITIVE_INTEGER -> NOT_POSITIVE_INTEGERS.size();
            case ID_ODD -> ODD_IDS.size();
            case PATH_MALFORMED_ESCAPE -> MALFORMED_ESCAPES.size();
            case PATH_ILLEGAL_CHAR -> ILLEGAL_PATH.size();
            case NONID_PATH_NUL -> NONID_NUL.size();
            case NONID_PATH_ODD -> ODD_NONIDS.size();
            case QUERY_MALFORMED_ESCAPE -> QUERY_MALFORMED.size();
            case QUERY_ILLEGAL_CHAR -> QUERY_ILLEGAL.size();
            case QUERY_NUL -> QUERY_NULS.size();
            case QUERY_INSTANT_OUT_OF_RANGE -> QUERY_INSTANTS.size();
            case QUERY_WRONG_TYPE -> ODD_QUERY_VALUES.size();
            case QUERY_REPEATED -> 3;
            case QUERY_ODD -> ODD_QUERIES.size();
            case URI_TOO_LONG -> 4;
            case HEADERS_TOO_LARGE -> 4;
            case HEADERS_TOO_MANY -> 3;
            case TOKEN_CONTROL_CHARS -> TOKEN_CONTROL.size();
            case TOKEN_NOT_B64 -> TOKEN_NOT_B64_PARTS.size();
            case TOKEN_TOO_LONG -> 3;
            case TOKEN_MISSING -> 5;
            case TOKEN_EMPTY -> 4;
            case TOKEN_UNKNOWN -> 4;
            case REQUEST_ID_SANE -> SANE_IDS_SUFFIX.size();
            case REQUEST_ID_INSANE -> INSANE_IDS.size();
            case HOST_BAD -> 8;
            case CONTENT_LENGTH_BAD -> BAD_CONTENT_LENGTHS.size();
            case CONTENT_TYPE_UNSUPPORTED -> UNSUPPORTED_TYPES.size();
            case CONTENT_TYPE_MALFORMED -> MALFORMED_TYPES.size();
            case CONTENT_TYPE_CHARSET -> CHARSET_TYPES.size();
            case ACCEPT_ODD -> ODD_ACCEPTS.size();
            case EXPECT_UNKNOWN -> UNKNOWN_EXPECTS.size();
            case EXPECT_CONTINUE -> 2;
            case UPGRADE -> 4;
            case METHOD_ODD -> ODD_METHODS.size();
            case UNKNOWN_ROUTE -> UNKNOWN_ROUTES.size();
            case ABSOLUTE_FORM -> 4;
            case VERSION_ODD -> ODD_VERSIONS.size();
            case HEADER_ODD -> 12;
            case CHUNKED_VALID -> 2;
            case CHUNKED_BROKEN -> 11;
            case BODY_NUL_STRING -> 4;
            case BODY_INSTANT_OUT_OF_RANGE -> DATE_TIMES_OUT_OF_RANGE.size();
            case BODY_WRONG_TYPE -> 5;
            case BODY_TRUNCATED -> 3;
            case BODY_NOT_OBJECT -> 8;
            case BODY_DEEP_FIELD -> 3;
            case BODY_BIG_NUMBERS -> BIG_NUMBERS.size();
            case BODY_BAD_UTF8 -> BAD_UTF8.size();
            case BODY_ODD -> 12;
            case BODY_TOO_LARGE -> 2;
            case BODY_ON_GET -> 4;
            case BODY_ON_HEAD_OR_DELETE -> 2;
        };
    }

    // ------------------------------------------------------------------ a clean request

    private HostileRequest clean(Operation op, Records records, int index, boolean precise) {
        var r = new HostileRequest();
        r.method = op.method();
        r.path = fillPath(op, records, Map.of());
        r.query = cleanQuery(op, records, !precise);
        r.hosts.add(authority);
        if (op.guarded() || random.nextInt(4) == 0) {
            r.authorization = "Bearer " + (!precise && random.nextInt(10) == 0 ? MEMBER_TOKEN : VALID_TOKEN);
        }
        if (random.nextInt(100) < 85) {
            r.requestId = "fz-" + index + "-" + alnum(6);
        }
        r.accept = precise ? pick("*/*", null) : pick("application/json", "*/*", null, "application/json, */*;q=0.5");
        int connection = random.nextInt(20);
        r.connection = connection < 16 ? "close" : connection < 19 ? null : "keep-alive";
        if (op.hasBody()) {
            r.body = validBody(op, records, op.method().equals("PATCH"));
            r.contentType = op.method().equals("PATCH")
                            && op.bodyTypes().contains("application/merge-patch+json")
                            && random.nextInt(4) == 0
                    ? "application/merge-patch+json"
                    : pick(
                            "application/json",
                            "application/json",
                            "application/json; charset=utf-8",
                            "application/json;charset=UTF-8");
        } else if (Set.of("POST", "PUT", "PATCH").contains(op.method()) && random.nextInt(10) < 6) {
            r.body = "";
        }
        return r;
    }

    private String fillPath(Operation op, Records records, Map<String, String> overrides) {
        String path = op.template();
        for (Param p : op.pathParams()) {
            String value = overrides.containsKey(p.name())
                    ? overrides.get(p.name())
                    : p.integer() ? Long.toString(idFor(op.template(), records)) : records.memberUser();
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    private static long idFor(String template, Records records) {
        if (template.startsWith("/api/contacts")) {
            return records.contact();
        } else if (template.startsWith("/api/companies")) {
            return records.company();
        } else if (template.startsWith("/api/projects")) {
            return records.project();
        } else if (template.startsWith("/api/tasks")) {
            return records.task();
        } else if (template.startsWith("/api/task-labels")) {
            return records.label();
        } else if (template.startsWith("/api/time-entries")) {
            return records.entry();
        }
        return 1;
    }

    private static boolean isInstantParam(String name) {
        return Set.of("from", "to", "due_before", "due_after").contains(name);
    }

    /** The parameters a request needs to be valid at all (export needs a period). */
    private static boolean neededParam(Operation op, Param p) {
        return p.required()
                || (op.template().endsWith("/export") && Set.of("from", "to").contains(p.name()));
    }

    private String cleanQuery(Operation op, Records records, boolean optional) {
        var pairs = new ArrayList<String>();
        for (Param p : op.queryParams()) {
            if (neededParam(op, p) || (optional && random.nextInt(4) == 0)) {
                pairs.add(p.name() + "=" + validQueryValue(op, p, records));
            }
        }
        return pairs.isEmpty() ? null : String.join("&", pairs);
    }

    private String validQueryValue(Operation op, Param p, Records records) {
        String t = op.template();
        return switch (p.name()) {
            case "page" -> Integer.toString(1 + random.nextInt(3));
            case "per_page" -> pick("1", "10", "25", "100", "500");
            case "search" -> pick("Fz", "%C3%A1rvai", "%25_", "fz%20group", "O");
            case "sort" ->
                t.startsWith("/api/contacts") || t.endsWith("/contacts")
                        ? pick("last_name", "-created_at")
                        : t.startsWith("/api/companies") || t.startsWith("/api/projects")
                                ? pick("name", "-created_at")
                                : pick("created_at", "-created_at");
            case "status" -> t.contains("/tasks") ? "todo" : "active";
            case "priority" -> "high";
            case "assignee_id" -> "u-fz-owner";
            case "company_id" -> Long.toString(records.company());
            case "project_id" -> Long.toString(records.project());
            case "task_id" -> Long.toString(records.task());
            case "user_id", "actor_user_id" -> "u-admin";
            case "subject_type" -> "contact";
            case "subject_id" -> Long.toString(records.contact());
            case "actor" -> "me";
            case "from" -> "2030-01-01";
            case "to" -> "2030-01-31";
            case "format" -> "csv";
            default -> p.integer() ? "1" : "fz";
        };
    }

    // ------------------------------------------------------------------ bodies

    /** (name, schema) of the input properties a request may set, in schema order. */
    private static List<Map.Entry<String, JsonNode>> properties(Operation op) {
        var properties = new ArrayList<Map.Entry<String, JsonNode>>();
        op.bodySchema()
                .path("properties")
                .properties()
                .forEach(p -> properties.add(Map.entry(p.getKey(), p.getValue())));
        return properties;
    }

    /**
     * Properties whose hostile values the server must see: {@code user_id} of a time entry or timer
     * is read on POST only and ignored elsewhere, so it is left out of PUT and PATCH.
     */
    private static List<Map.Entry<String, JsonNode>> readProperties(Operation op) {
        return properties(op).stream()
                .filter(p -> !(p.getKey().equals("user_id") && !op.method().equals("POST")))
                .toList();
    }

    private static List<Map.Entry<String, JsonNode>> stringFields(Operation op) {
        return readProperties(op).stream()
                .filter(p -> p.getValue().path("type").asText().equals("string")
                        || (p.getValue().path("type").asText().equals("array")
                                && p.getValue()
                                        .path("items")
                                        .path("type")
                                        .asText()
                                        .equals("string")))
                .toList();
    }

    private static List<Map.Entry<String, JsonNode>> instantFields(Operation op) {
        return readProperties(op).stream()
                .filter(p -> Set.of("date", "date-time")
                        .contains(p.getValue().path("format").asText()))
                .toList();
    }

    private static List<Map.Entry<String, JsonNode>> typedFields(Operation op) {
        return readProperties(op).stream()
                .filter(p -> Set.of("string", "integer", "boolean", "array")
                        .contains(p.getValue().path("type").asText()))
                .toList();
    }

    private static List<Map.Entry<String, JsonNode>> integerFields(Operation op) {
        return readProperties(op).stream()
                .filter(p -> p.getValue().path("type").asText().equals("integer"))
                .toList();
    }

    /** The fields of a valid body, as raw JSON per field; for PATCH, some of them. */
    private LinkedHashMap<String, String> validFields(Operation op, Records records, boolean some) {
        var fields = new LinkedHashMap<String, String>();
        int n = unique++;
        // Slots of their own, in the past: no two bodies overlap, nor a timer started "now" by a valid request.
        String started = java.time.Instant.parse("2010-01-01T00:00:00Z")
                .plusSeconds(180L * slot)
                .toString();
        String ended = java.time.Instant.parse("2010-01-01T00:02:00Z")
                .plusSeconds(180L * slot)
                .toString();
        slot++;
        boolean memberInput = op.bodySchema().path("required").toString().contains("user_id");
        for (var property : properties(op)) {
            String name = property.getKey();
            JsonNode schema = property.getValue();
            if (name.equals("user_id") && !memberInput) {
                continue;
            }
            if (name.equals("task_id") && op.template().startsWith("/api/time-entries")) {
                continue;
            }
            Object value = switch (name) {
                case "name" -> "Fz " + n + " " + alnum(4);
                case "title" -> "Fz task " + n;
                case "first_name" -> pick("\u00d6d\u00f6n", "Anna", "Zo\u00eb");
                case "last_name" -> "\u00c1rvai " + n;
                case "email" -> "fz" + n + "@acme.test";
                case "phone" -> "+36 1 234 5678";
                case "job_title" -> "Engineer";
                case "domain" -> "fz" + n + ".example";
                case "website" -> "https://fz" + n + ".example";
                case "address" -> "F\u0151 utca 1";
                case "city" -> "Gy\u0151r";
                case "postal_code" -> "9021";
                case "country" -> "HU";
                case "notes", "description", "note" -> "Notes \u0151 \u0171 " + n;
                case "color" -> "#A1B2C3";
                case "company_id" -> records.company();
                case "project_id" -> records.project();
                case "task_id" -> records.task();
                case "owner_id" -> "u-fz-owner";
                case "user_id" -> memberCandidates.get(random.nextInt(memberCandidates.size()));
                case "assignee_ids" -> List.of("u-fz-owner");
                case "label_ids" -> List.of(records.label());
                case "position" -> 0;
                case "billable" -> random.nextBoolean();
                case "started_at" -> started;
                case "ended_at" -> ended;
                case "start_date" -> "2030-01-01";
                case "end_date" -> "2030-12-31";
                case "due_at" -> "2030-06-01T12:00:00Z";
                default -> byType(schema);
            };
            if (value == null) {
                continue;
            }
            if (schema.has("enum") && value instanceof String) {
                value = schema.path("enum")
                        .get(random.nextInt(schema.path("enum").size()))
                        .asText()
                        .toLowerCase(Locale.ROOT);
            }
            fields.put(name, json(value));
        }
        if (some && fields.size() > 1) {
            var keys = new ArrayList<>(fields.keySet());
            java.util.Collections.shuffle(keys, random);
            int keep = 1 + random.nextInt(keys.size());
            for (String key : keys.subList(keep, keys.size())) {
                fields.remove(key);
            }
        }
        return fields;
    }

    private static Object byType(JsonNode schema) {
        if (schema.has("pattern")) {
            return null;
        }
        return switch (schema.path("type").asText()) {
            case "string" ->
                switch (schema.path("format").asText()) {
                    case "date-time" -> "2030-06-01T12:00:00Z";
                    case "date" -> "2030-06-01";
                    case "email" -> "fz@acme.test";
                    case "uri" -> "https://fz.example";
                    default -> "fz";
                };
            case "integer" -> 1;
            case "boolean" -> true;
            case "array" -> List.of();
            default -> null;
        };
    }

    private String validBody(Operation op, Records records, boolean some) {
        return object(validFields(op, records, some));
    }

    private static String object(Map<String, String> fields) {
        var out = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(json(name)).append(':').append(value);
        });
        return out.append('}').toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A body of the operation with one field set to raw JSON: on PATCH that field alone, else a
     * whole valid body with that field replaced.
     */
    private String bodyWith(Case c, String field, String rawValue) {
        var fields = c.operation.method().equals("PATCH")
                ? new LinkedHashMap<String, String>()
                : validFields(c.operation, c.records, false);
        fields.put(field, rawValue);
        return object(fields);
    }

    // ------------------------------------------------------------------ the mutations

    /** Makes {@code c} a request of {@code kind} in variant {@code v}; the expectation, or {@code null} for none. */
    private Expectation mutate(Kind kind, int v, Case c) {
        HostileRequest r = c.request;
        Operation op = c.operation;
        c.parts.add(kind + "/" + v);
        switch (kind) {
            case VALID -> {
                return null;
            }
            case HEAD_OF_GET -> {
                r.method = "HEAD";
                return null;
            }
            case ID_NOT_POSITIVE_INTEGER -> {
                r.path = withPathParam(c, pickParam(op.pathParams(), Param::integer), NOT_POSITIVE_INTEGERS.get(v));
                return Expectation.of(404, "not_found");
            }
            case ID_ODD -> {
                r.path = withPathParam(c, pickParam(op.pathParams(), Param::integer), ODD_IDS.get(v));
                return null;
            }
            case PATH_MALFORMED_ESCAPE -> {
                r.path = withAnySegment(c, MALFORMED_ESCAPES.get(v));
                return Expectation.of(400, "malformed_request");
            }
            case PATH_ILLEGAL_CHAR -> {
                var illegal = ILLEGAL_PATH.get(v);
                r.path = withAnySegment(c, illegal.getKey());
                c.echoExempt |= illegal.getValue();
                return Expectation.of(400, "malformed_request");
            }
            case NONID_PATH_NUL -> {
                Param p = pickParam(op.pathParams(), q -> !q.integer());
                r.path = withPathParam(c, p, NONID_NUL.get(v));
                return Expectation.field(p.name());
            }
            case NONID_PATH_ODD -> {
                r.path = withPathParam(c, pickParam(op.pathParams(), q -> !q.integer()), ODD_NONIDS.get(v));
                return null;
            }
            case QUERY_MALFORMED_ESCAPE -> {
                r.query = appendQuery(r.query, QUERY_MALFORMED.get(v));
                return Expectation.of(400, "malformed_request");
            }
            case QUERY_ILLEGAL_CHAR -> {
                var illegal = QUERY_ILLEGAL.get(v);
                r.query = appendQuery(r.query, illegal.getKey());
                c.echoExempt |= illegal.getValue();
                return Expectation.of(400, "malformed_request");
            }
            case QUERY_NUL -> {
                Param p = pickParam(op.queryParams(), q -> true);
                r.query = withQueryParam(r.query, p.name(), QUERY_NULS.get(v));
                return Expectation.field(p.name());
            }
            case QUERY_INSTANT_OUT_OF_RANGE -> {
                Param p = pickParam(op.queryParams(), q -> isInstantParam(q.name()));
                r.query = withQueryParam(r.query, p.name(), QUERY_INSTANTS.get(v));
                return Expectation.field(p.name());
            }
            case QUERY_WRONG_TYPE -> {
                Param p = pickParam(op.queryParams(), q -> true);
                r.query = withQueryParam(r.query, p.name(), ODD_QUERY_VALUES.get(v));
                return null;
            }
            case QUERY_REPEATED -> {
                Param p = pickParam(op.queryParams(), q -> true);
                String value = validQueryValue(op, p, c.records);
                String repeated = switch (v) {
                    case 0 -> p.name() + "=" + value + "&" + p.name() + "=" + value;
                    case 1 -> p.name() + "=" + value + "&" + p.name() + "=fz-other";
                    default -> (p.name() + "=" + value + "&").repeat(50) + p.name() + "=" + value;
                };
                r.query = appendQuery(r.query, repeated);
                return null;
            }
            case QUERY_ODD -> {
                r.query = appendQuery(r.query, ODD_QUERIES.get(v));
                return null;
            }
            case URI_TOO_LONG -> {
                int length = 20_000 + random.nextInt(20_000);
                switch (v) {
                    case 0 -> r.query = appendQuery(r.query, "search=" + "a".repeat(length));
                    case 1 -> {
                        if (op.pathParams().isEmpty()) {
                            r.query = appendQuery(r.query, "fz=" + "1".repeat(length));
                        } else {
                            r.path = withPathParam(c, op.pathParams().getFirst(), "1".repeat(length));
                        }
                    }
                    case 2 -> r.query = appendQuery(r.query, "p=1&".repeat(length / 4) + "p=1");
                    default -> r.path = r.path + "/" + "a".repeat(length);
                }
                c.echoExempt = true;
                return Expectation.of(414, "uri_too_long");
            }
            case HEADERS_TOO_LARGE -> {
                switch (v) {
                    case 0 -> r.header("X-Fz-Big", "a".repeat(96 * 1024));
                    case 1 -> {
                        for (int i = 0; i < 12; i++) {
                            r.header("X-Fz-Big-" + i, "b".repeat(8 * 1024));
                        }
                    }
                    case 2 -> r.header("Cookie", "fz=" + "c".repeat(96 * 1024));
                    default -> {
                        for (int i = 0; i < 20; i++) {
                            r.header("X-Fz-Big-" + i, "d".repeat(5 * 1024));
                        }
                    }
                }
                c.echoExempt = true;
                return Expectation.of(431, "request_header_fields_too_large");
            }
            case HEADERS_TOO_MANY -> {
                int count = List.of(200, 300, 1000).get(v);
                for (int i = 0; i < count; i++) {
                    r.header("X-Fz-" + i, Integer.toString(i));
                }
                c.echoExempt = true;
                return Expectation.of(431, "request_header_fields_too_large");
            }
            case TOKEN_CONTROL_CHARS -> {
                r.authorization = "Bearer " + core() + TOKEN_CONTROL.get(v) + alnum(3);
                return tokenInvalid(op);
            }
            case TOKEN_NOT_B64 -> {
                var part = TOKEN_NOT_B64_PARTS.get(v);
                // A space must sit inside the token: leading spaces only separate it from the scheme.
                r.authorization = "Bearer "
                        + (part.getKey().equals("\"")
                                ? "\"" + core() + "\""
                                : v % 2 == 0 || part.getValue() ? core() + part.getKey() : part.getKey() + core());
                if (part.getValue()) {
                    return op.guarded()
                            ? Expectation.anyOf(new Outcome(401, "token_invalid"), new Outcome(401, "token_missing"))
                            : null;
                }
                return tokenInvalid(op);
            }
            case TOKEN_TOO_LONG -> {
                String core = core();
                r.authorization = "Bearer "
                        + switch (v) {
                            case 0 -> core + "a".repeat(HostileRequest.MAX_TOKEN_LENGTH + 1 - core.length());
                            case 1 -> core + "b".repeat(10 * 1024);
                            default -> core + "-._~+/".repeat(8000 / 6) + "==";
                        };
                return tokenInvalid(op);
            }
            case TOKEN_MISSING -> {
                String core = core();
                r.authorization = switch (v) {
                    case 0 -> null;
                    case 1 ->
                        "Basic " + Base64.getEncoder().encodeToString((core + ":pw").getBytes(StandardCharsets.UTF_8));
                    case 2 -> "Token " + core;
                    case 3 -> "Bearer" + core;
                    default -> "Digest username=\"" + core + "\"";
                };
                // Basic carries the core base64-encoded; keep it findable in the log as it was sent.
                return op.guarded() ? Expectation.of(401, "token_missing") : null;
            }
            case TOKEN_EMPTY -> {
                r.authorization =
                        List.of("Bearer", "Bearer ", "Bearer    ", "bearer").get(v);
                return null;
            }
            case TOKEN_UNKNOWN -> {
                String core = core();
                r.authorization = switch (v) {
                    case 0 -> "Bearer " + core;
                    case 1 -> "Bearer " + core + "==";
                    case 2 -> "Bearer " + core + "-._~+/";
                    default -> "BEARER " + core;
                };
                return op.guarded() ? Expectation.of(401, "token_invalid") : null;
            }
            case REQUEST_ID_SANE -> {
                String id = "fz-" + c.index + SANE_IDS_SUFFIX.get(v);
                r.requestId = id.length() > 128 ? id.substring(0, 128) : id;
                return null;
            }
            case REQUEST_ID_INSANE -> {
                r.requestId = INSANE_IDS.get(v);
                c.echoExempt |= r.requestId.contains("\u0000");
                return null;
            }
            case HOST_BAD -> {
                r.hosts.clear();
                switch (v) {
                    case 0 -> r.hosts.add("");
                    case 1 -> {}
                    case 2 -> {
                        r.hosts.add(authority);
                        r.hosts.add("evil.test");
                    }
                    case 3 -> r.hosts.add("exa mple");
                    case 4 -> r.hosts.add("a@b");
                    case 5 -> r.hosts.add("[::1");
                    case 6 -> r.hosts.add("h:1:2");
                    default -> r.hosts.add("host/path");
                }
                return Expectation.of(400, "malformed_request");
            }
            case CONTENT_LENGTH_BAD -> {
                String value = BAD_CONTENT_LENGTHS.get(v);
                r.contentLengths = value.contains("|") ? List.of(value.split("\\|")) : List.of(value);
                r.body = "{}";
                r.chunked = false;
                if (r.contentType == null) {
                    r.contentType = "application/json";
                }
                if (value.length() > 19) {
                    return Expectation.anyOf(
                            new Outcome(400, "malformed_request"), new Outcome(413, "payload_too_large"));
                }
                return Expectation.of(400, "malformed_request");
            }
            case CONTENT_TYPE_UNSUPPORTED -> {
                r.contentType = UNSUPPORTED_TYPES.get(v);
                return Expectation.of(415, "unsupported_media_type");
            }
            case CONTENT_TYPE_MALFORMED -> {
                r.contentType = MALFORMED_TYPES.get(v);
                return Expectation.anyOf(
                        new Outcome(400, "malformed_request"), new Outcome(415, "unsupported_media_type"));
            }
            case CONTENT_TYPE_CHARSET -> {
                r.contentType = CHARSET_TYPES.get(v);
                return null;
            }
            case ACCEPT_ODD -> {
                r.accept = ODD_ACCEPTS.get(v);
                return null;
            }
            case EXPECT_UNKNOWN -> {
                r.header("Expect", UNKNOWN_EXPECTS.get(v));
                return Expectation.of(417, "expectation_failed");
            }
            case EXPECT_CONTINUE -> {
                r.header("Expect", v == 0 ? "100-continue" : "100-Continue");
                if (r.body == null && !op.method().equals("GET") && !op.method().equals("DELETE")) {
                    r.body = "";
                }
                return null;
            }
            case UPGRADE -> {
                c.control = r.copy();
                c.compareWithControl = Set.of("GET", "PUT", "PATCH").contains(r.method);
                switch (v) {
                    case 0 -> {
                        r.header("Upgrade", "h2c");
                        r.header("HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA");
                        r.connection = "Upgrade, HTTP2-Settings, close";
                    }
                    case 1 -> {
                        r.header("Upgrade", "websocket");
                        r.header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
                        r.header("Sec-WebSocket-Version", "13");
                        r.connection = "Upgrade";
                    }
                    case 2 -> r.header("Upgrade", "h2c");
                    default -> {
                        r.header("Upgrade", "websocket, h2c");
                        r.connection = "keep-alive, Upgrade";
                    }
                }
                return null;
            }
            case METHOD_WRONG -> {
                List<String> missing = missingMethods(op);
                r.method = missing.get(random.nextInt(missing.size()));
                if (Set.of("POST", "PUT", "PATCH").contains(r.method)) {
                    r.body = "{}";
                    r.contentType = "application/json";
                } else {
                    r.body = null;
                    r.contentType = null;
                }
                return Expectation.of(405, "method_not_allowed");
            }
            case METHOD_ODD -> {
                r.method = ODD_METHODS.get(v);
                c.echoExempt |= r.method.chars().anyMatch(ch -> ch < 0x20);
                return null;
            }
            case UNKNOWN_ROUTE -> {
                r.path = UNKNOWN_ROUTES.get(v).replace("{ro}", Long.toString(c.records.contact()));
                r.query = null;
                r.method = "GET";
                r.body = null;
                r.contentType = null;
                r.authorization = "Bearer " + VALID_TOKEN;
                return Expectation.of(404, "not_found");
            }
            case ABSOLUTE_FORM -> {
                String target = r.target();
                r.rawTarget = switch (v) {
                    case 0 -> "http://" + authority + target;
                    case 1 -> "http://evil.test" + target;
                    case 2 -> "https://" + authority + target;
                    default -> "*";
                };
                return null;
            }
            case VERSION_ODD -> {
                String version = ODD_VERSIONS.get(v);
                if (version.endsWith("|nohost")) {
                    r.hosts.clear();
                    version = version.substring(0, version.indexOf('|'));
                }
                r.version = version;
                c.echoExempt = true;
                return null;
            }
            case HEADER_ODD -> {
                switch (v) {
                    case 0 -> r.rawHeaderLines.add("X-Fz bar");
                    case 1 -> r.header("X-Fz ", "x");
                    case 2 -> r.header("X-Fz", "a\r\n continued");
                    case 3 -> r.header("X-Fz", "a\u0000b");
                    case 4 -> r.header("X-Fz", "\u00e9");
                    case 5 -> r.header("", "empty-name");
                    case 6 -> r.header("X".repeat(2000), "v");
                    case 7 -> r.header("X-Fz", "");
                    case 8 -> {
                        for (int i = 0; i < 40; i++) {
                            r.header("X-Fz-" + i, "v" + i);
                        }
                    }
                    case 9 -> {
                        if (r.body != null) {
                            r.chunked = true;
                            r.contentLengths = List.of(Integer.toString(HostileRequest.encode(r.body).length));
                        }
                    }
                    case 10 -> r.header("X-Fz", HostileRequest.rawByte(0xff));
                    default -> {
                        if (r.body != null) {
                            String length = Integer.toString(HostileRequest.encode(r.body).length);
                            r.contentLengths = List.of(length, length);
                        }
                    }
                }
                c.echoExempt |= v <= 3 || v == 5;
                return null;
            }
            case CHUNKED_VALID -> {
                r.chunked = true;
                r.chunkSizes = v == 0 ? List.of(1 + random.nextInt(50)) : List.of(1, 7, 3, 64);
                // Grizzly refuses chunk extensions (;name=value) as broken content: 400, not served.
                r.chunkExtensions = v == 1;
                return null;
            }
            case CHUNKED_BROKEN -> {
                r.chunked = true;
                r.rawChunkedBody = switch (v) {
                    case 0 -> "zz\r\n{}\r\n0\r\n\r\n";
                    case 1 -> "-2\r\n{}\r\n0\r\n\r\n";
                    case 2 -> "1\r\n{}\r\n0\r\n\r\n";
                    case 3 -> "ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n";
                    // Not "2\r\n{}0\r\n\r\n": Grizzly skips a chunk's missing CRLF up to the next LF, and what
                    // is left looks like an unfinished message, which the server waits for up to its read
                    // timeout (30 s, HttpLimits) -- bounded, but beyond this test's per-request bound.
                    case 4 -> "2\r\n{}\r\nzz\r\n{}\r\n0\r\n\r\n";
                    case 5 -> "2 \r\n{}\r\n0\r\n\r\n";
                    case 6 -> "\r\n{}\r\n0\r\n\r\n";
                    case 7 -> "2\n{}\n0\n\n";
                    case 8 -> "2;\u0000\r\n{}\r\n0\r\n\r\n";
                    case 9 -> "0x2\r\n{}\r\n0\r\n\r\n";
                    default -> "2\r\n{}\r\n0\r\nX-Fz: a\u0000\r\n\r\n";
                };
                return null;
            }
            case BODY_NUL_STRING -> {
                var field = pickField(stringFields(op));
                boolean array = field.getValue().path("type").asText().equals("array");
                String valid = array ? "u-fz-owner" : "fz";
                String hostile = switch (v) {
                    case 0 -> "\\u0000";
                    case 1 -> "a\\u0000b";
                    case 2 -> valid + "\\u0000";
                    default -> "\\u0000" + valid;
                };
                r.body = bodyWith(c, field.getKey(), array ? "[\"" + hostile + "\"]" : "\"" + hostile + "\"");
                return Expectation.field(field.getKey());
            }
            case BODY_INSTANT_OUT_OF_RANGE -> {
                var field = pickField(instantFields(op));
                boolean date = field.getValue().path("format").asText().equals("date");
                String value = (date ? DATES_OUT_OF_RANGE : DATE_TIMES_OUT_OF_RANGE).get(v);
                r.body = bodyWith(c, field.getKey(), "\"" + value + "\"");
                return Expectation.field(field.getKey());
            }
            case BODY_WRONG_TYPE -> {
                var field = pickField(typedFields(op));
                List<String> wrong = switch (field.getValue().path("type").asText()) {
                    case "integer" -> List.of("\"abc\"", "true", "{}", "[]", "\"1\"");
                    case "boolean" -> List.of("\"true\"", "1", "{}", "[]", "\"x\"");
                    case "array" -> List.of("\"x\"", "5", "{}", "true", "\"[]\"");
                    default -> List.of("5", "true", "{}", "[\"x\"]", "1.5");
                };
                r.body = bodyWith(c, field.getKey(), wrong.get(v % wrong.size()));
                return Expectation.of(400, "malformed_request");
            }
            case BODY_TRUNCATED -> {
                String body = r.body == null || r.body.length() < 2 ? "{\"fz\":1}" : r.body;
                int cut = switch (v) {
                    case 0 -> 1 + random.nextInt(body.length() - 1);
                    case 1 -> body.length() - 1;
                    default -> Math.max(1, body.length() / 2);
                };
                r.body = body.substring(0, cut);
                return Expectation.of(400, "malformed_request");
            }
            case BODY_NOT_OBJECT -> {
                r.body = switch (v) {
                    case 0 -> "[1,2]";
                    case 1 -> "\"x\"";
                    case 2 -> "5";
                    case 3 -> "true";
                    case 4 -> "[]";
                    case 5 -> "[".repeat(3000) + "]".repeat(3000);
                    case 6 -> "[".repeat(100_000) + "]".repeat(100_000);
                    default -> "[{}]";
                };
                return Expectation.of(400, "malformed_request");
            }
            case BODY_DEEP_FIELD -> {
                var field = pickField(
                        typedFields(op).stream()
                                .filter(p -> !p.getValue().path("type").asText().equals("array"))
                                .toList(),
                        typedFields(op));
                int depth = List.of(50, 2_000, 100_000).get(v);
                r.body = bodyWith(c, field.getKey(), "[".repeat(depth) + "]".repeat(depth));
                return Expectation.of(400, "malformed_request");
            }
            case BODY_BIG_NUMBERS -> {
                var field = pickField(integerFields(op));
                r.body = bodyWith(c, field.getKey(), BIG_NUMBERS.get(v));
                return null;
            }
            case BODY_BAD_UTF8 -> {
                var fields = stringFields(op);
                String name = fields.isEmpty() ? "fz" : pickField(fields).getKey();
                r.body = bodyWith(c, name, "\"fz" + BAD_UTF8.get(v) + "x\"");
                return null;
            }
            case BODY_ODD -> {
                String valid = r.body == null || !r.body.startsWith("{") ? "{}" : r.body;
                r.body = switch (v) {
                    case 0 -> withLeadingFields("\"fz\":1,\"fz\":2", valid);
                    case 1 -> "\ufeff" + valid;
                    case 2 -> {
                        var many = new StringBuilder();
                        for (int i = 0; i < 500; i++) {
                            many.append(i == 0 ? "" : ",")
                                    .append("\"fz")
                                    .append(i)
                                    .append("\":")
                                    .append(i);
                        }
                        yield withLeadingFields(many.toString(), valid);
                    }
                    case 3 -> withLeadingFields("\"" + "k".repeat(10 * 1024) + "\":1", valid);
                    case 4 -> "";
                    case 5 -> "null";
                    case 6 -> "{}";
                    case 7 ->
                        withLeadingFields("\"fz\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000), valid);
                    case 8 -> "   \r\n\t ";
                    case 9 -> valid + "x";
                    case 10 -> valid + valid;
                    default -> "/* c */" + valid;
                };
                return null;
            }
            case BODY_TOO_LARGE -> {
                var fields = validFields(op, c.records, false);
                fields.put("fz_filler", json("x".repeat((1 << 20) + 1 + random.nextInt(256 * 1024))));
                r.body = object(fields);
                r.chunked = v == 1;
                r.chunkSizes = List.of(64 * 1024);
                return Expectation.of(413, "payload_too_large");
            }
            case BODY_ON_GET -> {
                r.body = v == 2 ? "x" : "{\"fz\":1}";
                r.chunked = v == 1;
                r.contentType = v == 3 ? "application/json" : null;
                return Expectation.of(400, "malformed_request");
            }
            case BODY_ON_HEAD_OR_DELETE -> {
                if (r.method.equals("GET")) {
                    r.method = "HEAD";
                }
                r.body = "{\"fz\":1}";
                r.contentType = "application/json";
                r.chunked = v == 1;
                return null;
            }
            case CHAOS -> throw new IllegalStateException("chaos is a mixture of the others");
            default -> throw new IllegalStateException("no mutation for " + kind);
        }
    }

    /** {@code object} (a JSON object's text) with {@code fields} (raw {@code "k":v} pairs) in front. */
    private static String withLeadingFields(String fields, String object) {
        return object.equals("{}") ? "{" + fields + "}" : "{" + fields + "," + object.substring(1);
    }

    private static Expectation tokenInvalid(Operation op) {
        return op.guarded() ? Expectation.of(401, "token_invalid") : null;
    }

    /**
     * Methods no route answers at this operation's path: not those of any template that also
     * matches it ({@code GET /api/time-entries/start} is {@code GET /api/time-entries/{id}} with
     * the id {@code start}, a 404, not a 405).
     */
    private List<String> missingMethods(Operation op) {
        var defined = operations.stream()
                .filter(o -> overlap(o.template(), op.template()))
                .map(Operation::method)
                .toList();
        var missing = new ArrayList<String>();
        for (String method : METHODS) {
            if (!defined.contains(method)) {
                missing.add(method);
            }
        }
        return missing;
    }

    /** Whether some path matches both templates: as many segments, each equal or a parameter in either. */
    private static boolean overlap(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            if (!left[i].equals(right[i]) && !left[i].startsWith("{") && !right[i].startsWith("{")) {
                return false;
            }
        }
        return true;
    }

    private String withPathParam(Case c, Param param, String value) {
        return fillPath(c.operation, c.records, Map.of(param.name(), value));
    }

    /** The path with one parameter replaced, or with a segment appended when the route has none. */
    private String withAnySegment(Case c, String value) {
        if (c.operation.pathParams().isEmpty()) {
            return c.request.path + "/" + value;
        }
        return withPathParam(
                c,
                c.operation
                        .pathParams()
                        .get(random.nextInt(c.operation.pathParams().size())),
                value);
    }

    private static String appendQuery(String query, String more) {
        return query == null ? more : query + "&" + more;
    }

    /** The query with {@code name} set to {@code value} (replacing a clean value of it, if any). */
    private static String withQueryParam(String query, String name, String value) {
        var pairs = new ArrayList<String>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.startsWith(name + "=")) {
                    pairs.add(pair);
                }
            }
        }
        pairs.add(name + "=" + value);
        return String.join("&", pairs);
    }

    private Param pickParam(List<Param> params, Predicate<Param> which) {
        var candidates = params.stream().filter(which).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private Map.Entry<String, JsonNode> pickField(List<Map.Entry<String, JsonNode>> fields) {
        return fields.get(random.nextInt(fields.size()));
    }

    private Map.Entry<String, JsonNode> pickField(
            List<Map.Entry<String, JsonNode>> preferred, List<Map.Entry<String, JsonNode>> fallback) {
        return pickField(preferred.isEmpty() ? fallback : preferred);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A fresh token core: findable in a log, never a valid token. */
    private String core() {
        return "fzk" + alnum(12);
    }

    private String alnum(int length) {
        var alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
