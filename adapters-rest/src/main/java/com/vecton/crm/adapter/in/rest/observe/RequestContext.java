package com.vecton.crm.adapter.in.rest.observe;

import com.vecton.crm.adapter.in.rest.problem.ProblemCodes;
import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.slf4j.MDC;

/**
 * Frames every request inside Jersey: takes the request id the HTTP edge decided (or decides one,
 * should a request arrive without it), keeps it in the MDC, answers it in {@code X-Request-Id}
 * and in every problem body, and gives a body to every refusal that has none. The access line is
 * the edge's ({@link AccessLog}), written once the answer is complete, so it carries the status
 * the client really got.
 */
@PreMatching
public final class RequestContext implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = RequestIds.HEADER;
    public static final String MDC_KEY = "request_id";
    /** The logger operators route to the access log. */
    public static final String ACCESS_LOGGER = AccessLog.LOGGER;
    /**
     * The request property (a Grizzly request attribute, which Jersey's request properties
     * delegate to) holding the request id, so that every filter, whatever its priority, and the
     * edge's own answers name the same id.
     */
    public static final String ID_PROPERTY = "com.vecton.crm.request_id";

    static final String START_PROPERTY = "com.vecton.crm.request_start_nanos";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START_PROPERTY, System.nanoTime());
        String id = idOf(request);
        MDC.put(MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = idOf(request);
        response.getHeaders().putSingle(HEADER, id);
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            // Jersey answers some refusals itself, with no entity and past our mappers (a header it
            // cannot parse is a bare 400); the contract wants every refusal to be a problem.
            response.setEntity(
                    ProblemJson.of(
                            response.getStatus(),
                            ProblemCodes.codeOf(response.getStatus()),
                            ProblemCodes.detailOf(response.getStatus())),
                    null,
                    MediaType.valueOf(ProblemJson.MEDIA_TYPE));
        }
        if (response.getEntity() instanceof ProblemJson problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(id));
        }
        MediaType type = response.getMediaType();
        if (type != null
                && type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                && !StandardCharsets.UTF_8
                        .name()
                        .equalsIgnoreCase(type.getParameters().get(MediaType.CHARSET_PARAMETER))) {
            // Jersey takes the charset of a text answer from the client's Accept; an unknown one
            // (charset=bogus) fails the writer after the status is chosen. We write UTF-8 only.
            response.getHeaders().putSingle("Content-Type", new MediaType(type.getType(), type.getSubtype()));
        }
    }

    /**
     * The id of a request: the edge's, else one decided now and kept, so that it never changes
     * within a request. Never {@code null}.
     */
    public static String idOf(ContainerRequestContext request) {
        if (request.getProperty(ID_PROPERTY) instanceof String id) {
            return id;
        }
        String id = RequestIds.choose(request.getHeaderString(HEADER));
        request.setProperty(ID_PROPERTY, id);
        return id;
    }

    static long elapsedNanos(ContainerRequestContext request) {
        return request.getProperty(START_PROPERTY) instanceof Long start ? System.nanoTime() - start : 0;
    }
}
