package com.vecton.crm.adapter.in.rest.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vecton.crm.adapter.in.rest.gate.Route;
import com.vecton.crm.adapter.in.rest.gate.RouteRegistry;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangesOf;
import com.vecton.crm.adapter.in.rest.json.ItemOf;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes the OpenAPI description from the resource classes themselves (swagger's JAX-RS reader),
 * then adds what only our annotations and the route's shape know, the same way for every route:
 * its permission as {@code x-permission} and the resource name the gate evaluates as
 * {@code x-resource}, bearer security on guarded routes, the problems it can answer with their
 * {@code error} codes as an enum ({@link ProblemAnswers}), the headers it reads and sets
 * ({@code X-Request-Id}, {@code Location}, {@code ETag}, {@code Idempotent-Replayed},
 * {@code Retry-After}, {@code If-Match}, {@code If-None-Match}, {@code Idempotency-Key}), the sort
 * allow-list as an enum ({@link SortableBy}), {@code minimum: 1} on ids, and on the answers'
 * schemas {@code required} and {@code readOnly}. What every route of a shape says alike is said
 * here, not on each method: a body is {@link BodyOf}, a create's item is {@link Created}, a
 * {@code void} route answers {@code 204}, and a path's {@code {id}} is an int64. What a generated client compiles against is then
 * what the server does, which {@code OpenApiConformanceEndToEndTest} checks exchange by exchange.
 */
public final class OpenApiDocument {
    /**
     * A schema that admits any JSON value, null included, for a property whose type varies (an
     * audited field's before and after): swagger would describe a Java {@code Object} as
     * {@code type: object}, which a text, number or null then breaks. Refer to it with
     * {@code @Schema(ref = OpenApiDocument.ANY_VALUE_REF)}.
     */
    public static final String ANY_VALUE = "AnyValue";

    public static final String ANY_VALUE_REF = "#/components/schemas/" + ANY_VALUE;

    /**
     * Marks a query parameter that takes an ISO-8601 instant or a date ({@code TimeValues}):
     * {@code @Schema(ref = OpenApiDocument.DATE_OR_TIME_REF)}. The document writes it as a string
     * of either format, inline, so that generated clients and validators accept both.
     */
    public static final String DATE_OR_TIME_REF = "#/components/schemas/DateOrTime";

    private static final String BEARER = "bearer";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_REF = SCHEMAS + "Problem";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    /**
     * The tags, one per area, with what a reader of the reference needs to know first. An
     * operation whose tag is missing here fails the generation, so no area goes undescribed.
     */
    private static final Map<String, String> TAGS = tags(
            "contacts", "People, each optionally at a company; searched by name and email.",
            "companies", "Organisations and the contacts working at them.",
            "projects", "Projects with a status and dates, and the users who are their members.",
            "tasks", "Tasks of a project, their board columns and positions, assignees and labels.",
            "task labels", "Coloured labels that tasks carry; names are unique ignoring case.",
            "pipelines", "Sales pipelines with their ordered stages; exactly one is the default.",
            "deals",
                    "Deals on a pipeline's board: moves with their stage history, the board's totals and the"
                            + " forecast per currency, now or as of a past day.",
            "media", "Images and PDFs, allowed by their content, streamed into the file store.",
            "document folders", "The tree of folders that documents live in.",
            "documents", "Versioned documents in folders, their file versions, downloads and moves.",
            "time entries", "Time recorded by users on projects and tasks, timers, totals and the CSV export.",
            "activity log", "The audit trail: every change, by whom, with the changed fields before and after.",
            "operations", "Health, metrics and this description; no token needed.",
            "docs", "This API reference as a web page (Swagger UI), served by the process itself.",
            "communication logs",
                    "Calls, emails, meetings, notes and text messages with customers, linked to contacts and companies.",
            "portal accounts", "Which identity users may use the customer portal, each as one contact.",
            "customer portal", "Read-only routes for customers: their own company's records and nothing else.",
            "leave", "Holidays, leave types, leave requests with their state machine, balances and the team calendar.",
            "shifts", "Shift templates, who works which shift on which day, and the roster with leave beside it.",
            "sla", "Business-hours calendars, SLA policies, a task's SLA, breaches detected once, and the report.");

    /**
     * Fields the server sets and a client never sends: {@code readOnly} on the answers' schemas.
     * Every other field of an answer is one a client may write through the entity's input.
     */
    private static final Set<String> SERVER_SET = Set.of(
            "id",
            "version",
            "created_at",
            "created_by",
            "updated_at",
            "deleted_at",
            "completed_at",
            "duration_minutes",
            "added_at",
            "won_at",
            "lost_at",
            "probability_source");

    /**
     * Item actions that change the record's state and so are conditional on {@code If-Match}
     * (besides {@code PUT}, {@code PATCH} and {@code DELETE} on the item): those that answer the
     * record at a new version (restore, a task's move, a timer's stop). The use cases check it
     * under the record's row lock ({@code RecordType.lockLive}).
     */
    private static final Pattern CONDITIONAL_ACTION = Pattern.compile(".*/\\{id}/(restore|move|stop)");

    /**
     * Changes of an item's parts, conditional on the item's own version as its own changes are: a
     * pipeline's stages, which are part of the pipeline (and of its version).
     */
    private static final Pattern CONDITIONAL_PART = Pattern.compile(".*/\\{id}/stages(/.*)?");

    private static final Pattern ID_NAME = Pattern.compile("id|.*_id");

    private static final String USER_ID = "user_id";

    private static final String[] JSON = {"application/json"};

    static {
        // Swagger's registry of model converters is one per process; ours goes first, once.
        ModelConverters.getInstance().addConverter(new ModelResolver(Json.mapper(), new AnswerNames()));
    }

    private OpenApiDocument() {}

    /**
     * The document for these resources, without {@code servers} (each request gets its own base
     * URL, {@link #servedAt}).
     *
     * @throws IllegalStateException when a route of the registry is missing from the generated
     *     document, or an operation lacks its operationId, description or a described tag
     */
    public static String generate(Collection<Class<?>> resourceClasses, RouteRegistry registry) {
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("Vecton CRM")
                        .version("1")
                        .description(
                                "One tenant's CRM: contacts and companies, sales pipelines, projects, tasks and the board, time"
                                        + " entries and the activity log. Every request but health, metrics and the docs"
                                        + " needs `Authorization: Bearer <token>`. Errors are RFC 9457 problem documents"
                                        + " (`application/problem+json`) with a stable `error` code; each operation lists"
                                        + " the codes it can answer. Every answer carries `X-Request-Id`.")
                        .contact(new Contact().name("Vecton CRM team"))
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token issued by the identity service.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
        var config = new SwaggerConfiguration().openAPI(base).prettyPrint(false).readAllResources(true);
        OpenAPI api = new Reader(config).read(new LinkedHashSet<>(resourceClasses));

        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.putAll(ModelConverters.getInstance().read(ProblemJson.class));
        completeChangeFeeds(schemas);
        api.getComponents()
                .addSchemas(
                        ANY_VALUE,
                        new Schema<>().description("any JSON value: a text, number, boolean, list, object or null"))
                .addParameters(
                        IDEMPOTENCY_KEY,
                        new Parameter()
                                .in("header")
                                .name("Idempotency-Key")
                                .required(false)
                                .description("a key of the client's choosing, fresh for each intended change: a retry"
                                        + " with the same key and body within 24 hours replays the first answer (with"
                                        + " Idempotent-Replayed: true) instead of acting twice; another request with"
                                        + " the key is 422 idempotency_key_reused, a retry while the first runs 409"
                                        + " idempotency_key_in_progress with Retry-After")
                                .schema(new StringSchema()
                                        .minLength(1)
                                        .maxLength(255)
                                        .pattern("^[ -~]+$")));

        Map<String, Method> methods = methodsByOperationId(resourceClasses);
        var answerSchemas = new TreeSet<String>();
        for (Route route : registry.routes()) {
            Operation operation = operationOf(api, route);
            Method method = methods.get(operation.getOperationId());
            if (method == null) {
                throw new IllegalStateException(route.method() + " " + route.path() + " has no operationId");
            }
            requireDescribed(route, operation);
            describeAccess(route, operation);
            boolean conditional = isConditional(route);
            boolean itemRead = route.method().equals("GET") && route.path().endsWith("/{id}");
            boolean post = route.method().equals("POST") && !route.isPublic();
            describeParameters(operation, method, conditional, itemRead, post);
            describeBody(operation, method, schemas);

            ApiResponses responses = operation.getResponses();
            describeOwnSuccess(responses, method, schemas);
            // Swagger files the return type under "default"; that slot is the problem's, success is a 2xx.
            ApiResponse generated = responses.remove("default");
            if (generated != null && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                responses.addApiResponse("200", generated.description("OK"));
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("2")) {
                    describeSuccess(code, response, conditional || itemRead, post);
                    collectRefs(response.getContent(), schemas, answerSchemas);
                }
            });
            if (itemRead) {
                responses.addApiResponse(
                        "304",
                        new ApiResponse()
                                .description("Not modified: If-None-Match names the record's current version.")
                                .addHeaderObject("ETag", header("the record's version, as sent", false))
                                .addHeaderObject(REQUEST_ID, requestIdHeader()));
            }
            var own = Arrays.asList(method.getAnnotationsByType(RouteProblem.class));
            ProblemAnswers.of(route, operation.getRequestBody() != null, conditional, own)
                    .forEach((status, codes) -> {
                        ApiResponse declared = responses.get(Integer.toString(status));
                        if (declared != null && declared.getContent() != null) {
                            return; // the route's own answer for this status, with a body of its own (readiness)
                        }
                        responses.addApiResponse(Integer.toString(status), problemAnswer(status, codes));
                    });
            responses.addApiResponse(
                    "default",
                    new ApiResponse()
                            .description("Any other problem (405, 414, 431, 500, ...), as a problem document.")
                            .addHeaderObject(REQUEST_ID, requestIdHeader())
                            .content(problemContent(new Schema<>().$ref(PROBLEM_REF))));
        }
        // Swagger registers the type of an @JsonUnwrapped part too, though its fields stand in each
        // shape that takes it and nothing refers to it: it is no schema of the API.
        schemas.remove(LifecycleJson.class.getSimpleName());
        answerSchemas.forEach(name -> describeAnswerSchema(schemas.get(name)));
        schemas.values().forEach(OpenApiDocument::idsArePositive);
        api.setTags(usedTags(api));
        try {
            return Json.mapper().writeValueAsString(api);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI model could not be written", e);
        }
    }

    /**
     * The document as served to one request: with {@code servers} naming the base URL that request
     * used (say {@code http://127.0.0.1:8080}), so that Swagger UI and generated clients call the
     * server they read the document from, whatever host name or port it is known by.
     */
    public static String servedAt(String document, String baseUrl) {
        if (!document.startsWith("{")) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        try {
            String servers = Json.mapper()
                    .writeValueAsString(Map.of("servers", List.of(Map.of("url", url, "description", "this server"))));
            return servers.substring(0, servers.length() - 1) + "," + document.substring(1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the servers could not be written", e);
        }
    }

    private static Operation operationOf(OpenAPI api, Route route) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(route.path());
        Operation operation =
                item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(route.method()));
        if (operation == null) {
            throw new IllegalStateException("the OpenAPI document lacks " + route.method() + " " + route.path());
        }
        return operation;
    }

    private static Map<String, Method> methodsByOperationId(Collection<Class<?>> resourceClasses) {
        var methods = new HashMap<String, Method>();
        for (Class<?> type : resourceClasses) {
            for (Method method : type.getMethods()) {
                var annotation = method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
                if (annotation != null && !annotation.operationId().isBlank()) {
                    if (methods.put(annotation.operationId(), method) != null) {
                        throw new IllegalStateException("two operations are named " + annotation.operationId());
                    }
                }
            }
        }
        return methods;
    }

    private static void requireDescribed(Route route, Operation operation) {
        String where = route.method() + " " + route.path();
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            throw new IllegalStateException(where + " has no description");
        }
        if (operation.getTags() == null || operation.getTags().size() != 1) {
            throw new IllegalStateException(where + " needs exactly one tag");
        }
        if (!TAGS.containsKey(operation.getTags().getFirst())) {
            throw new IllegalStateException(where + ": the tag " + operation.getTags() + " is not described");
        }
    }

    private static void describeAccess(Route route, Operation operation) {
        if (route.isPublic()) {
            operation.setSecurity(List.of());
            return;
        }
        operation.addExtension("x-permission", route.permission().orElseThrow().value());
        operation.addExtension(
                "x-resource", "crm:" + route.resourceType().orElseThrow() + (route.isItemRoute() ? "/{id}" : ""));
    }

    /** {@code PUT}, {@code PATCH} and {@code DELETE} on an item, and the item actions that change it. */
    private static boolean isConditional(Route route) {
        boolean onItem = route.path().endsWith("/{id}");
        if (!route.method().equals("GET")
                && CONDITIONAL_PART.matcher(route.path()).matches()) {
            return true;
        }
        return switch (route.method()) {
            case "PUT", "PATCH", "DELETE" -> onItem;
            case "POST" -> CONDITIONAL_ACTION.matcher(route.path()).matches();
            default -> false;
        };
    }

    private static void describeParameters(
            Operation operation, Method method, boolean conditional, boolean itemRead, boolean post) {
        List<Parameter> parameters =
                operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        SortableBy sortable = method.getAnnotation(SortableBy.class);
        boolean sorted = false;
        for (Parameter parameter : parameters) {
            Schema<?> schema = parameter.getSchema();
            if (schema == null) {
                continue;
            }
            if (isRecordId(parameter)) {
                parameter.setSchema(new IntegerSchema().format("int64"));
                schema = parameter.getSchema();
            }
            if (DATE_OR_TIME_REF.equals(schema.get$ref())) {
                // Inline: validators read a parameter's type from its own schema, not through a $ref.
                parameter.setSchema(dateOrTime());
                continue;
            }
            if ("integer".equals(schema.getType())
                    && ID_NAME.matcher(parameter.getName()).matches()
                    && schema.getMinimum() == null) {
                schema.setMinimum(BigDecimal.ONE);
            }
            if (parameter.getName().equals("sort") && "query".equals(parameter.getIn())) {
                if (sortable == null) {
                    throw new IllegalStateException(operation.getOperationId() + " has a sort without @SortableBy");
                }
                var values = new ArrayList<String>();
                for (String field : new TreeSet<>(sortableOf(sortable.value()))) {
                    values.add(field);
                    values.add("-" + field);
                }
                var sorts = new StringSchema();
                sorts.setEnum(values);
                parameter.setSchema(sorts);
                sorted = true;
            }
        }
        if (sortable != null && !sorted) {
            throw new IllegalStateException(operation.getOperationId() + " is @SortableBy but has no sort parameter");
        }
        if (itemRead) {
            parameters.add(headerParameter(
                    "If-None-Match", "an ETag of an earlier answer: 304, without a body, while it is still current"));
        }
        if (conditional) {
            parameters.add(headerParameter(
                    "If-Match", "the ETag of the version this change was made on: 412 if the record moved on since"));
        }
        if (post) {
            parameters.add(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCY_KEY));
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);
    }

    /**
     * A path's {@code {id}} or {@code {x_id}}, read as text so that a malformed one is our 404
     * ({@code ItemRoutes.id}), names a record: an int64 from 1. A user's id is the identity
     * service's, and text.
     */
    private static boolean isRecordId(Parameter parameter) {
        return "path".equals(parameter.getIn())
                && ID_NAME.matcher(parameter.getName()).matches()
                && !parameter.getName().equals(USER_ID)
                && "string".equals(parameter.getSchema().getType());
    }

    /** The body a route reads, as its {@link BodyOf} names it, under each media type the route consumes. */
    private static void describeBody(Operation operation, Method method, Map<String, Schema> schemas) {
        for (var parameter : method.getParameters()) {
            BodyOf body = parameter.getAnnotation(BodyOf.class);
            if (body != null) {
                var content = new Content();
                Schema<?> shape = schemaOf(body.value(), schemas);
                for (String type : consumed(method)) {
                    content.addMediaType(type, new MediaType().schema(shape));
                }
                operation.setRequestBody(new RequestBody().required(true).content(content));
            }
        }
    }

    /**
     * The success a route's signature cannot tell swagger: {@code 201} with the item a
     * {@link Created} route answers, {@code 204} for a route that returns nothing (JAX-RS answers
     * a {@code void} method so), unless the route declares its own.
     */
    private static void describeOwnSuccess(ApiResponses responses, Method method, Map<String, Schema> schemas) {
        ApiResponse worded = responses.get("200");
        if (worded != null && worded.getContent() == null && method.getReturnType() != Response.class) {
            // A route that words its 200 itself and leaves its shape to its return type (a generic one).
            var content = new Content();
            Schema<?> answer = schemaOf(method.getGenericReturnType(), schemas);
            for (String type : produced(method)) {
                content.addMediaType(type, new MediaType().schema(answer));
            }
            worded.setContent(content);
        }
        if (responses.keySet().stream().anyMatch(code -> code.startsWith("2"))) {
            return;
        }
        Created created = method.getAnnotation(Created.class);
        if (created != null) {
            var content = new Content();
            Type answer = ItemTags.VersionedJson.class.isAssignableFrom(created.value())
                    ? Json.mapper().getTypeFactory().constructParametricType(ItemOf.class, created.value())
                    : created.value();
            Schema<?> item = schemaOf(answer, schemas);
            for (String type : produced(method)) {
                content.addMediaType(type, new MediaType().schema(item));
            }
            responses.remove("default");
            responses.addApiResponse(
                    "201", new ApiResponse().description(created.description()).content(content));
        } else if (method.getReturnType() == void.class) {
            responses.remove("default");
            responses.addApiResponse("204", new ApiResponse().description("deleted"));
        }
    }

    /**
     * Each {@link ChangesOf} page's entries: the record its name is made from ({@link AnswerNames})
     * or the tombstone its own annotation names.
     */
    private static void completeChangeFeeds(Map<String, Schema> schemas) {
        schemas.forEach((name, page) -> {
            if (!name.endsWith(AnswerNames.CHANGES) || page.getProperties() == null) {
                return;
            }
            Schema<?> entries = (Schema<?>) page.getProperties().get("data");
            Schema<?> entry = entries == null ? null : entries.getItems();
            if (entry == null || entry.getAnyOf() == null || entry.getAnyOf().size() != 1) {
                return;
            }
            String record = name.substring(0, name.length() - AnswerNames.CHANGES.length());
            var either = new ArrayList<Schema>();
            either.add(new Schema<>().$ref(SCHEMAS + record));
            either.addAll(entry.getAnyOf());
            entry.setAnyOf(either);
        });
    }

    /** A reference to the type's schema, which joins the components with those it refers to. */
    private static Schema<?> schemaOf(Type type, Map<String, Schema> schemas) {
        ResolvedSchema resolved =
                ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            // Those the reader wrote already stay as it wrote them (with their properties' descriptions).
            resolved.referencedSchemas.forEach(schemas::putIfAbsent);
        }
        if (resolved.schema.get$ref() != null) {
            return resolved.schema;
        }
        return new Schema<>().$ref(SCHEMAS + resolved.schema.getName());
    }

    /** The media types of the route's own {@code @Consumes}, else its resource's, else JSON. */
    private static List<String> consumed(Method method) {
        Consumes own = method.getAnnotation(Consumes.class);
        Consumes resource = method.getDeclaringClass().getAnnotation(Consumes.class);
        return List.of(own != null ? own.value() : resource != null ? resource.value() : JSON);
    }

    /** The media types of the route's own {@code @Produces}, else its resource's, else JSON. */
    private static List<String> produced(Method method) {
        Produces own = method.getAnnotation(Produces.class);
        Produces resource = method.getDeclaringClass().getAnnotation(Produces.class);
        return List.of(own != null ? own.value() : resource != null ? resource.value() : JSON);
    }

    private static Schema<?> dateOrTime() {
        return new StringSchema()
                .description("an ISO-8601 instant (2026-12-01T09:00:00Z, or with an offset) or a date (2026-12-01,"
                        + " meaning its start in UTC), years 0001-9999")
                .anyOf(List.of(new StringSchema().format("date"), new StringSchema().format("date-time")));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> sortableOf(Class<?> query) {
        try {
            var field = query.getField("SORTABLE");
            if (!Modifier.isStatic(field.getModifiers()) || !Set.class.isAssignableFrom(field.getType())) {
                throw new IllegalStateException(query.getSimpleName() + ".SORTABLE is not a static Set");
            }
            return (Set<String>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(query.getSimpleName() + " has no public SORTABLE", e);
        }
    }

    private static Parameter headerParameter(String name, String description) {
        return new Parameter()
                .in("header")
                .name(name)
                .required(false)
                .description(description)
                .schema(new StringSchema());
    }

    private static void describeSuccess(String code, ApiResponse response, boolean tagged, boolean post) {
        response.addHeaderObject(REQUEST_ID, requestIdHeader());
        boolean created = code.equals("201");
        if (created) {
            response.addHeaderObject("Location", header("the URL of the created item", true));
        }
        if (created || (tagged && response.getContent() != null)) {
            response.addHeaderObject(
                    "ETag", header("the item's version, for If-Match and If-None-Match (a quoted number)", false));
        }
        if (post) {
            response.addHeaderObject(
                    "Idempotent-Replayed",
                    header(
                            "true when this is the stored answer of an earlier request with the same Idempotency-Key",
                            false));
        }
    }

    private static Header header(String description, boolean required) {
        return new Header().description(description).required(required).schema(new StringSchema());
    }

    private static ApiResponse problemAnswer(int status, SortedSet<String> codes) {
        Schema<?> problem = new ObjectSchema()
                .description("a problem document (RFC 9457) with this status's codes")
                .addProperty("type", new StringSchema().description("about:blank"))
                .addProperty("title", new StringSchema().description("the status phrase"))
                .addProperty("status", statusSchema(status))
                .addProperty("detail", new StringSchema().description("a sentence for people"))
                .addProperty("error", codesSchema(codes))
                .addProperty("request_id", new StringSchema().description("the X-Request-Id of the request"));
        if (status == 422) {
            problem.addProperty(
                    "errors",
                    new ObjectSchema()
                            .description("messages by field, for validation_failed")
                            .additionalProperties(
                                    new io.swagger.v3.oas.models.media.ArraySchema().items(new StringSchema())));
        }
        problem.setRequired(List.of("type", "title", "status", "error", "request_id"));
        var answer = new ApiResponse()
                .description(ProblemAnswers.describe(status))
                .addHeaderObject(REQUEST_ID, requestIdHeader())
                .content(problemContent(problem));
        if (status == 401) {
            answer.addHeaderObject(
                    "WWW-Authenticate", header("Bearer, with error=\"invalid_token\" for a token", true));
        }
        if (status == 503) {
            answer.addHeaderObject("Retry-After", header("seconds to wait before retrying", true));
        }
        if (status == 409) {
            answer.addHeaderObject("Retry-After", header("seconds to wait before retrying", false));
        }
        return answer;
    }

    private static Schema<?> statusSchema(int status) {
        var schema = new IntegerSchema();
        schema.setEnum(List.of(status));
        return schema;
    }

    private static Schema<?> codesSchema(SortedSet<String> codes) {
        var schema = new StringSchema();
        schema.setEnum(List.copyOf(codes));
        schema.description("the stable code to switch on");
        return schema;
    }

    private static Content problemContent(Schema<?> schema) {
        return new Content().addMediaType(ProblemJson.MEDIA_TYPE, new MediaType().schema(schema));
    }

    /** The component schemas an answer refers to, directly or through other schemas. */
    private static void collectRefs(Object node, Map<String, Schema> schemas, Set<String> found) {
        switch (node) {
            case null -> {}
            case Content content -> content.values().forEach(media -> collectRefs(media.getSchema(), schemas, found));
            case Schema<?> schema -> {
                if (schema.get$ref() != null) {
                    String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                    if (found.add(name)) {
                        collectRefs(schemas.get(name), schemas, found);
                    }
                }
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(p -> collectRefs(p, schemas, found));
                }
                collectRefs(schema.getItems(), schemas, found);
                if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                    collectRefs(values, schemas, found);
                }
                for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                    if (composed != null) {
                        composed.forEach(c -> collectRefs(c, schemas, found));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a schema or content: " + node.getClass());
        }
    }

    /**
     * The JSON mapper writes every field of an answer, null ones as {@code null}, so each is
     * required (and the nullable ones say {@code nullable}). A schema that already lists its
     * required fields is written sparsely ({@code @JsonInclude(NON_NULL)}, as the problem and
     * readiness documents are) and is kept as declared.
     */
    private static void describeAnswerSchema(Schema<?> schema) {
        if (schema == null
                || schema.getProperties() == null
                || schema.getProperties().isEmpty()) {
            return;
        }
        if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
        schema.getProperties().forEach((name, property) -> {
            if (SERVER_SET.contains(name) && property.get$ref() == null) {
                property.setReadOnly(true);
            }
        });
    }

    /** Ids are positive: {@code minimum: 1} on every integer {@code id} and {@code *_id} field. */
    private static void idsArePositive(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (ID_NAME.matcher(name).matches()
                    && "integer".equals(property.getType())
                    && property.getMinimum() == null) {
                property.setMinimum(BigDecimal.ONE);
            }
        });
    }

    private static List<Tag> usedTags(OpenAPI api) {
        var used = new TreeSet<String>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> used.addAll(op.getTags())));
        var tags = new ArrayList<Tag>();
        TAGS.forEach((name, description) -> {
            if (used.contains(name)) {
                tags.add(new Tag().name(name).description(description));
            }
        });
        return tags;
    }

    private static Map<String, String> tags(String... namesAndDescriptions) {
        var tags = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            tags.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return tags;
    }

    /** The request id every answer carries. */
    private static Header requestIdHeader() {
        return header("the request's id, as in the logs: the client's when it sent a sane one, else a new UUID", true);
    }
}
