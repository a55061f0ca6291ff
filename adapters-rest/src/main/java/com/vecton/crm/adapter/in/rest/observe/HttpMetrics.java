package com.vecton.crm.adapter.in.rest.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Times every request under {@code http.server.requests}, tagged by method, route template and
 * status, and counts the answers replayed for an {@code Idempotency-Key} under
 * {@code http.server.idempotent.replays} (a client that retries a lot shows there). The template
 * ({@code /api/contacts/{id}}), never the concrete path, keeps the number of series bounded and
 * ids out of the metrics.
 */
public final class HttpMetrics implements ContainerResponseFilter {
    public static final String TIMER = "http.server.requests";
    public static final String REPLAYS = "http.server.idempotent.replays";
    /** The header a replayed answer carries (IETF Idempotency-Key draft, Stripe). */
    static final String REPLAYED = "Idempotent-Replayed";

    static final String UNMATCHED = "UNMATCHED";

    private final MeterRegistry registry;
    /** Bounded as the registry's series are: method × route × status. */
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();
    /** Per resource method of this application: bounded by its routes. */
    private final Map<ResourceMethod, String> templates = new ConcurrentHashMap<>();

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String uri = templateOf(request.getUriInfo());
        timers.computeIfAbsent(new Series(request.getMethod(), uri, response.getStatus()), this::timer)
                .record(RequestContext.elapsedNanos(request), TimeUnit.NANOSECONDS);
        if ("true".equals(response.getHeaderString(REPLAYED))) {
            Counter.builder(REPLAYS)
                    .tag("method", request.getMethod())
                    .tag("uri", uri)
                    .register(registry)
                    .increment();
        }
    }

    /** One timer per series, found without building a meter id per request. */
    private Timer timer(Series series) {
        return Timer.builder(TIMER)
                .tag("method", series.method())
                .tag("uri", series.uri())
                .tag("status", Integer.toString(series.status()))
                .register(registry);
    }

    private record Series(String method, String uri, int status) {}

    /**
     * The route template of the matched resource method, worked out once per method: its templates
     * are fixed (no sub-resource locators), and joining them took a regular expression.
     */
    private String templateOf(UriInfo uriInfo) {
        if (!(uriInfo instanceof ExtendedUriInfo extended) || extended.getMatchedResourceMethod() == null) {
            return UNMATCHED;
        }
        return templates.computeIfAbsent(extended.getMatchedResourceMethod(), method -> joined(extended));
    }

    private static String joined(ExtendedUriInfo extended) {
        // Jersey lists the matched templates innermost first.
        List<org.glassfish.jersey.uri.UriTemplate> templates = extended.getMatchedTemplates();
        var path = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            String part = templates.get(i).getTemplate();
            if (!part.startsWith("/")) {
                path.append('/');
            }
            path.append(part);
        }
        String joined = path.toString().replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
