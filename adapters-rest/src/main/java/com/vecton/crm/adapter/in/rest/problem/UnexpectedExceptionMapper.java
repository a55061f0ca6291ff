package com.vecton.crm.adapter.in.rest.problem;

import com.vecton.crm.adapter.in.rest.observe.RequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The last resort: anything no other mapper knows is a bug. It is logged once, at ERROR with its
 * stack trace and the request id, and the client learns only that id, never a class name,
 * message or SQL text.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        return internalError(LOG, exception);
    }

    static Response internalError(Logger log, Throwable exception) {
        String requestId = MDC.get(RequestContext.MDC_KEY);
        log.error("Unexpected failure while handling request_id={}", requestId, exception);
        return ProblemResponses.of(
                        500,
                        "internal_error",
                        "Something went wrong on our side. Quote the request_id when reporting it.")
                .build();
    }
}
