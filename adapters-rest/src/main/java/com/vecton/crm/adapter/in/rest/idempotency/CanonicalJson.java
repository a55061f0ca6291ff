package com.vecton.crm.adapter.in.rest.idempotency;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vecton.crm.adapter.in.rest.json.Json;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of a request body in a canonical form, so that a retry that sends the same JSON with
 * its object keys in another order or with other whitespace (a client that rebuilt the body from a
 * map) counts as the same request: JSON is parsed as the resources parse it ({@link Json#mapper()})
 * and written again with the keys of every object sorted and no whitespace. A body that is not
 * JSON (or is empty) is hashed as its bytes: the resource will refuse it, and nothing is kept.
 */
final class CanonicalJson {
    private CanonicalJson() {}

    static String sha256(byte[] body) {
        return hex(canonical(body));
    }

    static byte[] canonical(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (JacksonException notJson) {
            return body;
        } catch (IOException unreadable) {
            return body;
        }
        if (tree == null || tree.isMissingNode()) {
            return body;
        }
        try {
            return Json.mapper().writeValueAsBytes(sorted(tree));
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree could not be written again", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var byName = new TreeMap<String, JsonNode>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                byName.put(field.getKey(), sorted(field.getValue()));
            }
            var copy = JsonNodeFactory.instance.objectNode();
            byName.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            var copy = JsonNodeFactory.instance.arrayNode(array.size());
            array.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    private static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
