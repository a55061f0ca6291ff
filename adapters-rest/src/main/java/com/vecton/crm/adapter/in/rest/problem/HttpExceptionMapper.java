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
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        if (status >= 500) {
            // A 5xx raised inside JAX-RS is a bug of ours, not the client's: same treatment as any other.
            return UnexpectedExceptionMapper.internalError(LOG, exception);
        }
        Response.ResponseBuilder answer = ProblemResponses.of(status, codeOf(status), detailOf(status));
        if (exception instanceof NotAllowedException) {
            String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                answer.header(HttpHeaders.ALLOW, allow);
            }
        }
        return answer.build();
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "malformed_request";
            case 401 -> "token_missing";
            case 403 -> "permission_denied";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 411 -> "length_required";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            default -> "request_refused";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 404 -> "Nothing exists at this address.";
            case 405 -> "This address does not support this method; the Allow header lists those it does.";
            case 406 -> "This address answers application/json only.";
            case 415 -> "The request body must be application/json.";
            default -> "The request was refused.";
        };
    }
}
