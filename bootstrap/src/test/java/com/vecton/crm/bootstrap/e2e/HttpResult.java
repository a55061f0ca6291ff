package com.vecton.crm.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** One HTTP answer as a test sees it: status, headers, raw body and the body as JSON (if it is JSON). */
record HttpResult(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The {@code error} code of a problem+json answer. */
    String error() {
        return json().path("error").asText(null);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
