package com.vecton.crm.adapter.out.identity;

import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.problem.Unauthenticated;
import com.vecton.crm.domain.problem.Unavailable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity service over HTTP (identity.md sections 1 and 2), uncached: every call is one
 * request. Wrap it in {@link CachingIdentityDirectory}.
 *
 * <p>Failure mapping: 401 and 403 are {@code token_invalid}; every other way identity can fail
 * to answer (5xx, 429, any other status, a timeout, a refused connection, a body that cannot be
 * read) is {@code identity_unavailable}, never a 401, so that clients do not log users out.
 *
 * <p>{@code timeout} bounds the whole call, connection and body included: the JDK's request
 * timeout stops counting once the headers arrive, so a body that trickles in would otherwise hold
 * the request thread indefinitely. The call blocks its (virtual) thread on the client's future;
 * no thread pool is created here.
 */
public final class HttpIdentityDirectory implements IdentityDirectory {
    private static final Logger log = LoggerFactory.getLogger(HttpIdentityDirectory.class);

    /** Retry-After when identity did not say: long enough to shed load, short enough to feel live. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private static final long MIN_RETRY_AFTER_SECONDS = 1;
    private static final long MAX_RETRY_AFTER_SECONDS = 60;
    /** A user or a policy list is kilobytes; anything near this is a misconfigured URL. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private static final String UNAVAILABLE_DETAIL = "The identity service cannot answer right now; try again shortly.";
    private static final String INVALID_DETAIL = "The identity service does not accept this token.";

    private final String baseUrl;
    private final String tenantId;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param baseUrl  {@code IDENTITY_URL}; a path prefix is kept, a trailing slash is not needed
     * @param tenantId this deployment's tenant, whose policies are asked for
     * @param timeout  {@code IDENTITY_TIMEOUT_MS}: for connecting and for each whole call
     */
    public HttpIdentityDirectory(URI baseUrl, String tenantId, Duration timeout) {
        if (baseUrl == null
                || !baseUrl.isAbsolute()
                || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("the identity URL is an absolute http(s) URL: " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the identity URL has no query or fragment: " + baseUrl);
        }
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("a tenant id is not blank");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the identity timeout is positive");
        }
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.tenantId = tenantId;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                // A redirect would be a misconfiguration; following it would send the token elsewhere.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Caller identify(BearerToken token) {
        Object body = fetch(URI.create(baseUrl + "/api/user"), token, "user");
        try {
            return IdentityJson.caller(body);
        } catch (IdentityJson.Unreadable e) {
            throw unreadable("user", e);
        }
    }

    @Override
    public List<Policy> policiesFor(Caller caller, BearerToken token) {
        var uri =
                URI.create(baseUrl + "/api/policies?tenant_id=" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8));
        Object body = fetch(uri, token, "policies");
        try {
            return IdentityJson.policiesAnswer(body);
        } catch (IdentityJson.Unreadable e) {
            throw unreadable("policies", e);
        }
    }

    /** The decoded 200 body of one GET, or the problem that the contract makes of any other outcome. */
    private Object fetch(URI uri, BearerToken token, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("Authorization", "Bearer " + token.value())
                .header("Accept", "application/json")
                .build();
        HttpResponse<byte[]> response = send(request, what);
        int status = response.statusCode();
        if (status == 200) {
            try {
                return IdentityJson.decode(response.body());
            } catch (IdentityJson.Unreadable e) {
                throw unreadable(what, e);
            }
        }
        if (status == 401 || status == 403) {
            // Expired and revoked tokens are routine, not an identity failure worth a warning.
            log.debug("Identity refused a token on the {} call with HTTP {}", what, status);
            throw new Unauthenticated(Unauthenticated.TOKEN_INVALID, INVALID_DETAIL);
        }
        Duration retryAfter =
                status == 429 || status == 503 ? retryAfter(response.headers(), Instant.now()) : DEFAULT_RETRY_AFTER;
        log.warn("Identity answered the {} call with HTTP {}; answering identity_unavailable", what, status);
        throw new Unavailable("identity_unavailable", UNAVAILABLE_DETAIL, retryAfter);
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, CappedBody.handler(MAX_BODY_BYTES));
        try {
            return call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw unavailable(what, "no complete answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable(what, "interrupted while waiting");
        } catch (CancellationException e) {
            throw unavailable(what, "cancelled");
        } catch (ExecutionException e) {
            throw unavailable(what, describe(e.getCause()));
        }
    }

    private static String describe(Throwable cause) {
        return switch (cause) {
            case HttpConnectTimeoutException ignored -> "connection timed out";
            case HttpTimeoutException ignored -> "timed out";
            case ConnectException ignored -> "connection refused or unreachable";
            case IOException io ->
                io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
            case null -> "unknown failure";
            default -> cause.getClass().getSimpleName();
        };
    }

    private static Unavailable unavailable(String what, String cause) {
        log.warn("Identity {} call failed ({}); answering identity_unavailable", what, cause);
        return new Unavailable("identity_unavailable", UNAVAILABLE_DETAIL, DEFAULT_RETRY_AFTER);
    }

    private static Unavailable unreadable(String what, IdentityJson.Unreadable e) {
        log.warn(
                "Identity answered the {} call with a body we cannot read ({}); answering identity_unavailable",
                what,
                e.getMessage());
        return new Unavailable("identity_unavailable", UNAVAILABLE_DETAIL, DEFAULT_RETRY_AFTER);
    }

    /**
     * Identity's own {@code Retry-After} (seconds or an HTTP date), clamped to 1-60 s so that a
     * confused header can neither make clients hammer us nor give up for an hour.
     */
    static Duration retryAfter(HttpHeaders headers, Instant now) {
        var header = headers.firstValue("Retry-After").map(String::strip).orElse("");
        long seconds;
        if (header.matches("\\d{1,10}")) {
            seconds = Long.parseLong(header);
        } else {
            try {
                var at = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                long millis = Duration.between(now, at).toMillis();
                seconds = Math.ceilDiv(millis, 1000);
            } catch (DateTimeParseException e) {
                return DEFAULT_RETRY_AFTER;
            }
        }
        return Duration.ofSeconds(Math.clamp(seconds, MIN_RETRY_AFTER_SECONDS, MAX_RETRY_AFTER_SECONDS));
    }

    @Override
    public String toString() {
        return "HttpIdentityDirectory[" + baseUrl + ", tenant " + tenantId + "]";
    }
}
