package com.vecton.crm.adapter.in.rest.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vecton.crm.adapter.in.rest.json.Json;
import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.edit.FieldEdit;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read as a JSON object, kept as a tree so that "field absent" and "field null"
 * stay different (PATCH keeps the one and clears the other). Reading is strict about types
 * ({@code "first_name": 5} is malformed, not coerced) and silent about fields it is not asked for,
 * so unknown and read-only fields are ignored as the contract says.
 */
public final class JsonBody {
    /** RFC 7396, which is exactly what our PATCH does: absent keeps, {@code null} clears. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final ObjectNode object;

    private JsonBody(ObjectNode object) {
        this.object = object;
    }

    /** @throws RequestRejected {@code malformed_request} unless the body is one JSON object */
    public static JsonBody read(InputStream body) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (JacksonException notJson) {
            // Jackson's message quotes the input and names classes: the client gets our own words.
            throw RequestRejected.malformed("The request body is not valid JSON.");
        } catch (IOException unreadable) {
            throw RequestRejected.malformed("The request body could not be read.");
        }
        if (tree == null || tree.isMissingNode()) {
            throw RequestRejected.malformed("A JSON object is required as the request body.");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw RequestRejected.malformed("The request body must be a JSON object.");
        }
        return new JsonBody(object);
    }

    /** Absent: keep; {@code null}: clear; a string: set. */
    public FieldEdit<String> text(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return FieldEdit.keep();
        }
        if (value.isNull()) {
            return FieldEdit.set(null);
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string or null");
        }
        return FieldEdit.set(value.textValue());
    }

    /** Absent: keep; {@code null}: clear; {@code true} or {@code false}: set (never a string or number taken as one). */
    public FieldEdit<Boolean> flag(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return FieldEdit.keep();
        }
        if (value.isNull()) {
            return FieldEdit.set(null);
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "true, false or null");
        }
        return FieldEdit.set(value.booleanValue());
    }

    /** Absent: keep; {@code null}: clear; an integer that fits 64 bits: set. */
    public FieldEdit<Long> integer(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return FieldEdit.keep();
        }
        if (value.isNull()) {
            return FieldEdit.set(null);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, "an integer or null");
        }
        return FieldEdit.set(value.longValue());
    }

    /** Absent: keep; {@code null}: clear; an array of strings: set. */
    public FieldEdit<java.util.List<String>> textList(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return FieldEdit.keep();
        }
        if (value.isNull()) {
            return FieldEdit.set(null);
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings or null");
        }
        var items = new java.util.ArrayList<String>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrongType(field, "an array of strings or null");
            }
            items.add(item.textValue());
        }
        return FieldEdit.set(java.util.List.copyOf(items));
    }

    /** Absent: keep; {@code null}: clear; an array of integers that fit 64 bits: set. */
    public FieldEdit<java.util.List<Long>> integerList(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return FieldEdit.keep();
        }
        if (value.isNull()) {
            return FieldEdit.set(null);
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of integers or null");
        }
        var items = new java.util.ArrayList<Long>();
        for (JsonNode item : value) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw wrongType(field, "an array of integers or null");
            }
            items.add(item.longValue());
        }
        return FieldEdit.set(java.util.List.copyOf(items));
    }

    /** The field's new value for a full replacement, where absent means {@code null}. */
    public String textOrNull(String field) {
        return text(field).applyTo(null);
    }

    public Long integerOrNull(String field) {
        return integer(field).applyTo(null);
    }

    private static RequestRejected wrongType(String field, String expected) {
        return RequestRejected.malformed("The field " + field + " must be " + expected + ".");
    }
}
