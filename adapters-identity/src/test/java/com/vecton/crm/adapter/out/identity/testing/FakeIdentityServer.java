package com.vecton.crm.adapter.out.identity.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on 127.0.0.1 that plays the identity service of identity.md sections 1
 * and 2, for tests: {@code GET /api/user} and {@code GET /api/policies?tenant_id=...} with
 * {@code Authorization: Bearer <token>}. A missing or unknown token is
 * {@code 401 {"message":"Unauthenticated."}}, an unknown path 404, a policies call without
 * {@code tenant_id} 422.
 *
 * <p>Programmable and thread-safe: register users and policies per token (builders or raw
 * JSON, so every odd variant can be sent), inject {@link Fault}s for the next calls or for all
 * calls, and read call counts per (path, token). A token's policies default to
 * {@code {"data": []}}. Start with {@link #start()}, stop with {@link #close()}.
 */
public final class FakeIdentityServer implements AutoCloseable {
    public static final String USER_PATH = "/api/user";
    public static final String POLICIES_PATH = "/api/policies";
    private static final String ANY_TENANT = "\u0000any";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Object> users = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> policies = new ConcurrentHashMap<>();
    private final Queue<Fault> nextFaults = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Fault> everyCallFault = new AtomicReference<>();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final List<RecordedCall> recorded = new CopyOnWriteArrayList<>();

    /** A body sent verbatim, for what a map cannot express. */
    private record RawText(String text) {}

    /** One request as the fake saw it, headers included (it is a test server: the token is in here). */
    public record RecordedCall(String method, String path, String rawQuery, String authorization, String accept) {}

    /**
     * Something to do instead of (or before) the normal answer.
     *
     * @param status     the status to answer with, or 0 to answer normally after the delay
     * @param retryAfter a {@code Retry-After} header value, or {@code null}
     * @param delay      how long to wait before answering (for timeout tests)
     * @param body       the body sent with {@code status}
     */
    public record Fault(int status, String retryAfter, Duration delay, String body) {
        public Fault {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("a fault's delay is zero or positive");
            }
        }

        /** Answer with this status and a small JSON error body. */
        public static Fault status(int status) {
            return new Fault(status, null, Duration.ZERO, "{\"message\":\"Fault injected: " + status + "\"}");
        }

        /** Wait, then answer normally. */
        public static Fault delay(Duration delay) {
            return new Fault(0, null, delay, null);
        }

        /** A 200 whose body is not JSON. */
        public static Fault unreadableBody() {
            return new Fault(200, null, Duration.ZERO, "not json");
        }

        /** A 200 (or any status) with this body verbatim. */
        public static Fault body(int status, String body) {
            return new Fault(status, null, Duration.ZERO, body);
        }

        public Fault withRetryAfter(String value) {
            return new Fault(status, value, delay, body);
        }

        public Fault after(Duration wait) {
            return new Fault(status, retryAfter, wait, body);
        }
    }

    private FakeIdentityServer() throws IOException {
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a fake on an ephemeral port of 127.0.0.1. */
    public static FakeIdentityServer start() {
        try {
            return new FakeIdentityServer();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake identity server", e);
        }
    }

    /** The {@code IDENTITY_URL} of this fake. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * A URL on 127.0.0.1 where nothing listens (a port bound and released just now), for
     * refused-connection tests.
     */
    public static URI closedPortUrl() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- users ---

    public FakeIdentityServer user(String token, FakeUser user) {
        return user(token, user.toJson());
    }

    /** The user body for this token, as a raw JSON-able map. */
    public FakeIdentityServer user(String token, Map<String, ?> rawJson) {
        users.put(token, new LinkedHashMap<>(rawJson));
        return this;
    }

    /** The user body for this token, sent verbatim with 200 (for bodies a map cannot express). */
    public FakeIdentityServer userBody(String token, String rawText) {
        users.put(token, new RawText(rawText));
        return this;
    }

    /** Forgets a token: its user and its policies; identity answers 401 from now on. */
    public FakeIdentityServer revoke(String token) {
        users.remove(token);
        policies.remove(token);
        return this;
    }

    // --- policies ---

    /** The {@code data} list for this token, whatever tenant is asked for. */
    public FakeIdentityServer policies(String token, List<?> rawData) {
        policiesOf(token).put(ANY_TENANT, new ArrayList<>(rawData));
        return this;
    }

    /** The {@code data} list for this token in this tenant only (other tenants: the any-tenant list, or none). */
    public FakeIdentityServer policies(String token, String tenantId, List<?> rawData) {
        policiesOf(token).put(tenantId, new ArrayList<>(rawData));
        return this;
    }

    /** The whole policies body for this token, sent verbatim with 200. */
    public FakeIdentityServer policiesBody(String token, String rawText) {
        policiesOf(token).put(ANY_TENANT, new RawText(rawText));
        return this;
    }

    private Map<String, Object> policiesOf(String token) {
        return policies.computeIfAbsent(token, t -> new ConcurrentHashMap<>());
    }

    // --- faults ---

    /** The next call (any path, any token) gets this fault; several queue up in order. */
    public FakeIdentityServer failNext(Fault fault) {
        nextFaults.add(fault);
        return this;
    }

    /** Every call gets this fault until {@link #recover()}. Queued next-call faults go first. */
    public FakeIdentityServer failAll(Fault fault) {
        everyCallFault.set(fault);
        return this;
    }

    /** Drops every queued and standing fault. */
    public FakeIdentityServer recover() {
        nextFaults.clear();
        everyCallFault.set(null);
        return this;
    }

    // --- observations ---

    /** How many requests reached this path with this bearer token ({@code null}: without one). */
    public int calls(String path, String token) {
        var counter = counters.get(counterKey(path, token));
        return counter == null ? 0 : counter.get();
    }

    public int userCalls(String token) {
        return calls(USER_PATH, token);
    }

    public int policyCalls(String token) {
        return calls(POLICIES_PATH, token);
    }

    public int totalCalls() {
        return recorded.size();
    }

    /** Every request so far, in arrival order. */
    public List<RecordedCall> recordedCalls() {
        return List.copyOf(recorded);
    }

    public void resetCounters() {
        counters.clear();
        recorded.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts handlers still sleeping in a delay fault.
        executor.shutdownNow();
    }

    // --- the server ---

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String token = bearer(authorization);
            recorded.add(new RecordedCall(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestURI().getRawQuery(),
                    authorization,
                    exchange.getRequestHeaders().getFirst("Accept")));
            counters.computeIfAbsent(counterKey(path, token), k -> new AtomicInteger())
                    .incrementAndGet();

            Fault fault = nextFaults.poll();
            if (fault == null) {
                fault = everyCallFault.get();
            }
            if (fault != null) {
                if (!fault.delay().isZero()) {
                    try {
                        Thread.sleep(fault.delay());
                    } catch (InterruptedException e) {
                        // Closing: the client has long given up; end the exchange without an answer.
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (fault.status() != 0) {
                    if (fault.retryAfter() != null) {
                        exchange.getResponseHeaders().set("Retry-After", fault.retryAfter());
                    }
                    send(exchange, fault.status(), fault.body());
                    return;
                }
            }
            answer(exchange, path, token);
        }
    }

    private void answer(HttpExchange exchange, String path, String token) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            send(exchange, 405, "{\"message\":\"Method Not Allowed.\"}");
            return;
        }
        if (!USER_PATH.equals(path) && !POLICIES_PATH.equals(path)) {
            send(exchange, 404, "{\"message\":\"Not Found.\"}");
            return;
        }
        Object user = token == null ? null : users.get(token);
        if (user == null) {
            send(exchange, 401, "{\"message\":\"Unauthenticated.\"}");
            return;
        }
        if (USER_PATH.equals(path)) {
            send(exchange, 200, body(user));
            return;
        }
        String tenantId = queryParameter(exchange.getRequestURI().getRawQuery(), "tenant_id");
        if (tenantId == null || tenantId.isBlank()) {
            send(
                    exchange,
                    422,
                    "{\"message\":\"The tenant id field is required.\",\"errors\":{\"tenant_id\":[\"The tenant id field is required.\"]}}");
            return;
        }
        Map<String, Object> byTenant = policies.getOrDefault(token, Map.of());
        Object data =
                byTenant.containsKey(tenantId) ? byTenant.get(tenantId) : byTenant.getOrDefault(ANY_TENANT, List.of());
        send(exchange, 200, data instanceof RawText raw ? raw.text() : body(Map.of("data", data)));
    }

    private static String body(Object value) {
        if (value instanceof RawText raw) {
            return raw.text();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the fake cannot encode " + value, e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String counterKey(String path, String token) {
        return path + " " + (token == null ? "" : token);
    }
}
