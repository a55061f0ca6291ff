package com.vecton.crm.adapter.in.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.vecton.crm.adapter.in.rest.json.Json;
import com.vecton.crm.adapter.in.rest.problem.ProblemCodes;
import com.vecton.crm.adapter.in.rest.problem.ProblemJson;

/**
 * A problem body for answers written below Jersey, by the HTTP server itself, in exactly the
 * shape the exception mappers write, so a client cannot tell which layer refused it.
 */
record RawProblem(int status, String code, String detail, String requestId) {

    /** The status's own code and detail ({@link ProblemCodes}). */
    static RawProblem of(int status, String requestId) {
        return new RawProblem(status, ProblemCodes.codeOf(status), ProblemCodes.detailOf(status), requestId);
    }

    static RawProblem of(int status, String detail, String requestId) {
        return new RawProblem(status, ProblemCodes.codeOf(status), detail, requestId);
    }

    byte[] bytes() {
        try {
            return Json.mapper()
                    .writeValueAsBytes(ProblemJson.of(status, code, detail).withRequestId(requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem of four plain values always serialises", e);
        }
    }
}
