package com.vecton.crm.adapter.in.rest.problem;

import jakarta.ws.rs.core.Response;

/** Builds the one response shape of every failure; the mappers only decide status and code. */
final class ProblemResponses {
    private ProblemResponses() {}

    static Response.ResponseBuilder of(ProblemJson problem) {
        return Response.status(problem.status()).type(ProblemJson.MEDIA_TYPE).entity(problem);
    }

    static Response.ResponseBuilder of(int status, String code, String detail) {
        return of(ProblemJson.of(status, code, detail));
    }
}
