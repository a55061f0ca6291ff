package com.vecton.crm.adapter.in.rest.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers what JAX-RS itself refuses (unknown route, wrong method, media types) in the problem
 * shape. The exception's own message is never echoed: Jersey's can name classes.
 */
public final class HttpExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(HttpExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status =
                exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        if (status >= 500) {
            // A 5xx raised inside JAX-RS is a bug of ours, not the client's: same treatment as any other.
            return UnexpectedExceptionMapper.internalError(LOG, exception);
        }
        Response.ResponseBuilder answer =
                ProblemResponses.of(status, ProblemCodes.codeOf(status), ProblemCodes.detailOf(status));
        if (exception instanceof NotAllowedException) {
            String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
        }
        return answer.build();
    }
}
