package com.vecton.crm.adapter.in.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers the HTTP layer's own refusals (malformed or oversized bodies). */
public final class RequestRejectedMapper implements ExceptionMapper<RequestRejected> {
    @Override
    public Response toResponse(RequestRejected rejected) {
        return ProblemResponses.of(rejected.status(), rejected.code(), rejected.detail())
                .build();
    }
}
