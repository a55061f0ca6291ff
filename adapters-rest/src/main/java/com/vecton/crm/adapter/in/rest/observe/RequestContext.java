package com.vecton.crm.adapter.in.rest.observe;

import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Frames every request: gives it a request id (the client's own when it is sane), keeps that id
 * in the MDC while the request is handled, answers it in {@code X-Request-Id} and in every problem
 * body, and writes one access-log line. The line holds no query string (searches are personal
 * data) and no header, so no token can reach a log.
 */
@PreMatching
public final class RequestContext implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    /** The logger operators route to the access log. */
    public static final String ACCESS_LOGGER = "crm.access";

    static final String ID_PROPERTY = "com.vecton.crm.request_id";
    static final String START_PROPERTY = "com.vecton.crm.request_start_nanos";
    /** A client's id is echoed into logs and headers, so only a harmless alphabet and length pass. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOGGER);

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START_PROPERTY, System.nanoTime());
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(ID_PROPERTY, id);
        MDC.put(MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = idOf(request);
        response.getHeaders().putSingle(HEADER, id);
        if (response.getEntity() instanceof ProblemJson problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(id));
        }
        ACCESS.info("method={} path={} status={} duration_ms={} request_id={}", request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(), elapsedMillis(request), id);
        MDC.remove(MDC_KEY);
    }

    /** The id of a request; one is always there once the request filter ran. */
    public static String idOf(ContainerRequestContext request) {
        return request.getProperty(ID_PROPERTY) instanceof String id ? id : "unknown";
    }

    static long elapsedMillis(ContainerRequestContext request) {
        return request.getProperty(START_PROPERTY) instanceof Long start
                ? (System.nanoTime() - start) / 1_000_000 : -1;
    }

    static long elapsedNanos(ContainerRequestContext request) {
        return request.getProperty(START_PROPERTY) instanceof Long start ? System.nanoTime() - start : 0;
    }
}
