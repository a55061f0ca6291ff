package com.vecton.crm.adapter.in.rest.idempotency;

import com.fasterxml.jackson.core.JacksonException;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.Json;
import com.vecton.crm.domain.idempotency.StoredResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A resource method's result as the answer to keep, and a kept answer as the response to send.
 * The body is written here, with the application's {@link Json#mapper()}, and sent as those very
 * bytes the first time too, so the fresh and the replayed answer are the same bytes. Kept are the
 * status, {@code Location}, {@code ETag} and {@code Content-Type}: what a client reads from a
 * create or an action's answer. A resource method that sets other headers on a POST answer should
 * add them here.
 */
final class Answers {
    static final String REPLAYED = "Idempotent-Replayed";

    private Answers() {}

    /** {@code null} is what a {@code void} method returns, which JAX-RS answers {@code 204}. */
    static StoredResponse record(Object result) {
        if (result == null) {
            return new StoredResponse(Response.Status.NO_CONTENT.getStatusCode(), Map.of(), new byte[0]);
        }
        int status;
        Object entity;
        MediaType type = null;
        var headers = new TreeMap<String, String>();
        EntityTag tag = null;
        if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
            type = response.getMediaType();
            tag = response.getEntityTag();
            if (response.getLocation() != null) {
                headers.put(HttpHeaders.LOCATION, response.getLocation().toString());
            }
        } else {
            status = Response.Status.OK.getStatusCode();
            entity = result;
        }
        Optional.ofNullable(tag)
                .or(() -> ItemTags.of(entity))
                .ifPresent(t -> headers.put(HttpHeaders.ETAG, t.toString()));
        byte[] body = bytesOf(entity);
        if (body.length > 0) {
            headers.put(HttpHeaders.CONTENT_TYPE, (type == null ? MediaType.APPLICATION_JSON_TYPE : type).toString());
        }
        return new StoredResponse(status, headers, body);
    }

    /** The response for a kept answer, marked {@code Idempotent-Replayed: true} when it is given again. */
    static Response send(StoredResponse answer, boolean replayed) {
        var response = Response.status(answer.status());
        answer.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                response.type(MediaType.valueOf(value));
            } else {
                response.header(name, value);
            }
        });
        byte[] body = answer.body();
        if (body.length > 0) {
            response.entity(body);
        }
        if (replayed) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    private static byte[] bytesOf(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Json.mapper().writeValueAsBytes(entity);
        } catch (JacksonException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
