package com.vecton.crm.adapter.out.identity;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.PermissionPattern;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.access.PolicyNormaliser;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads identity's JSON (identity.md sections 1 and 2) into domain types: the one parser that
 * both the HTTP and the static directory use, so both answer alike for the same body.
 *
 * <p>The body is first decoded into JDK types and then read field by field. Where the contract
 * is silent the reading is strict, because a field read wrongly could grant access: a field of
 * the wrong type (e.g. {@code "is_system_admin": "true"}, {@code "scopes": "*"}), an unknown
 * {@code token_type}, an unparseable {@code expires_at}, duplicate keys, or a body matching
 * neither the current nor the legacy shape make the whole body {@link Unreadable}; the HTTP
 * directory answers that as {@code identity_unavailable}, never as a guess.
 */
final class IdentityJson {
    /** Duplicate keys are refused: which of two {@code is_system_admin} values wins is not a question to answer. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Beyond this, a numeric id's plain form would be an absurdly long string. */
    private static final int MAX_ID_SCALE = 64;

    private IdentityJson() {}

    /** A body identity sent that cannot be read as the contract says; the message names the problem. */
    static final class Unreadable extends Exception {
        Unreadable(String problem) {
            super(problem, null, false, false);
        }

        Unreadable(String problem, Throwable cause) {
            super(problem, cause, false, false);
        }
    }

    /** The JSON document as JDK types (Map, List, String, Number, Boolean, null). */
    static Object decode(byte[] body) throws Unreadable {
        try {
            return MAPPER.readValue(body, Object.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** As {@link #decode(byte[])}, from a stream the caller closes. */
    static Object decode(InputStream body) throws Unreadable {
        try {
            return MAPPER.readValue(body, Object.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Names where the JSON broke, not what it said there: Jackson quotes the offending text,
     * which in an identity file may be a token.
     */
    private static Unreadable unreadable(IOException e) {
        if (e instanceof JacksonException json) {
            var at = json.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = json.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return new Unreadable("a key appears twice in one object" + where, e);
            }
            if (message != null && message.startsWith("No content to map")) {
                return new Unreadable("the body is empty", e);
            }
            return new Unreadable("not valid JSON" + where, e);
        }
        return new Unreadable("not readable (" + e.getClass().getSimpleName() + ")", e);
    }

    /**
     * The caller described by a {@code /api/user} body, current or legacy shape. Unknown keys
     * are ignored; the legacy cutoff and the expiry are the application's to apply.
     */
    static Caller caller(Object body) throws Unreadable {
        Map<?, ?> user = object(body, "the user body");
        try {
            UserId id = userId(user.get("id"), "id");
            if (id == null) {
                throw new Unreadable("the user has no id");
            }
            Object tenants = user.get("tenants");
            boolean legacy = tenants == null;
            Set<String> tenantIds = legacy ? legacyTenant(user.get("tenant_id")) : tenantIds(tenants);
            return new Caller(
                    id,
                    string(user.get("name"), "name"),
                    string(user.get("email"), "email"),
                    string(user.get("locale"), "locale"),
                    string(user.get("timezone"), "timezone"),
                    bool(user.get("is_system_admin"), "is_system_admin"),
                    tenantIds,
                    tokenType(user.get("token_type")),
                    scopes(user.get("scopes")),
                    userId(user.get("impersonator_id"), "impersonator_id"),
                    instant(user.get("expires_at"), "expires_at"),
                    legacy);
        } catch (IllegalArgumentException e) {
            // A value the domain refuses (an id of 500 characters, a blank scope) is a body we cannot read.
            throw new Unreadable("the user body has an invalid value (" + e.getMessage() + ")", e);
        }
    }

    /** The policies of a {@code /api/policies} body, {@code {"data": [...]}}. */
    static List<Policy> policiesAnswer(Object body) throws Unreadable {
        Map<?, ?> answer = object(body, "the policies body");
        Object data = answer.get("data");
        if (!(data instanceof List<?> list)) {
            throw new Unreadable("the policies body has no \"data\" list");
        }
        return PolicyNormaliser.normalise(list);
    }

    /**
     * A raw list of policies, as a static identity file holds them. Absent means none; anything
     * but a list is unreadable. Each element is read by {@link PolicyNormaliser}.
     */
    static List<Policy> policyList(Object raw) throws Unreadable {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new Unreadable("\"policies\" is not a list");
        }
        return PolicyNormaliser.normalise(list);
    }

    /**
     * The entries of a static identity file, {@code {"tokens": {"<token>": {...}}}}, in file
     * order. Problems name the entry by position, never by its token.
     */
    static List<StaticEntry> staticFile(Object document) throws Unreadable {
        Map<?, ?> file = object(document, "the identity file");
        if (!(file.get("tokens") instanceof Map<?, ?> tokens)) {
            throw new Unreadable("the identity file has no \"tokens\" object");
        }
        var entries = new ArrayList<StaticEntry>(tokens.size());
        int position = 0;
        for (var entry : tokens.entrySet()) {
            position++;
            String where = "token entry #" + position;
            // A token with whitespace could never arrive in an Authorization header.
            if (!(entry.getKey() instanceof String text)
                    || text.isEmpty()
                    || text.chars().anyMatch(Character::isWhitespace)) {
                throw new Unreadable(where + ": a token is a non-empty string without whitespace");
            }
            try {
                Map<?, ?> user = object(entry.getValue(), "the user");
                entries.add(new StaticEntry(new BearerToken(text), caller(user), policyList(user.get("policies"))));
            } catch (Unreadable e) {
                throw new Unreadable(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(entries);
    }

    /** One token of a static identity file, read. */
    record StaticEntry(BearerToken token, Caller caller, List<Policy> policies) {
        StaticEntry {
            policies = List.copyOf(policies);
        }
    }

    private static Map<?, ?> object(Object value, String what) throws Unreadable {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new Unreadable(what + " is not a JSON object");
    }

    /** An id as identity sends it, a string or a number, as an opaque string; {@code null} when absent. */
    private static UserId userId(Object raw, String field) throws Unreadable {
        return switch (raw) {
            case null -> null;
            case String text -> text.isBlank() ? null : new UserId(text);
            case BigDecimal decimal -> new UserId(plain(decimal, field));
            case BigInteger integer -> new UserId(integer.toString());
            case Long value -> new UserId(value.toString());
            case Integer value -> new UserId(value.toString());
            default -> throw new Unreadable("\"" + field + "\" is neither a string nor a number");
        };
    }

    /** {@code 42.0} reads as {@code "42"}, as the domain reads numeric ids in conditions. */
    private static String plain(BigDecimal decimal, String field) throws Unreadable {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (Math.abs(stripped.scale()) > MAX_ID_SCALE) {
            throw new Unreadable("\"" + field + "\" is a number too large to be an id");
        }
        return stripped.toPlainString();
    }

    private static Set<String> tenantIds(Object raw) throws Unreadable {
        if (!(raw instanceof List<?> tenants)) {
            throw new Unreadable("\"tenants\" is not a list");
        }
        var ids = new LinkedHashSet<String>();
        for (Object element : tenants) {
            if (!(element instanceof Map<?, ?> tenant)) {
                throw new Unreadable("an element of \"tenants\" is not an object");
            }
            UserId id = userId(tenant.get("id"), "tenants[].id");
            if (id == null) {
                throw new Unreadable("an element of \"tenants\" has no id");
            }
            ids.add(id.value());
        }
        return ids;
    }

    /** The legacy shape's single membership; a body with neither key matches no shape of the contract. */
    private static Set<String> legacyTenant(Object raw) throws Unreadable {
        UserId tenant = userId(raw, "tenant_id");
        if (tenant == null) {
            throw new Unreadable("the user body has neither \"tenants\" nor \"tenant_id\"");
        }
        return Set.of(tenant.value());
    }

    private static String string(Object raw, String field) throws Unreadable {
        if (raw == null || raw instanceof String) {
            return (String) raw;
        }
        throw new Unreadable("\"" + field + "\" is not a string");
    }

    private static boolean bool(Object raw, String field) throws Unreadable {
        if (raw == null) {
            return false;
        }
        if (raw instanceof Boolean value) {
            return value;
        }
        throw new Unreadable("\"" + field + "\" is not a boolean");
    }

    private static TokenType tokenType(Object raw) throws Unreadable {
        if (raw == null) {
            return TokenType.USER;
        }
        if (raw instanceof String text) {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "user" -> {
                    return TokenType.USER;
                }
                case "service_account" -> {
                    return TokenType.SERVICE_ACCOUNT;
                }
                default -> {
                    // An unknown kind of token might be meant to carry restrictions we cannot see.
                }
            }
        }
        throw new Unreadable("\"token_type\" is neither \"user\" nor \"service_account\"");
    }

    private static Scopes scopes(Object raw) throws Unreadable {
        if (raw == null) {
            return Scopes.unrestricted();
        }
        if (!(raw instanceof List<?> list)) {
            throw new Unreadable("\"scopes\" is neither null nor a list");
        }
        var patterns = new ArrayList<PermissionPattern>(list.size());
        for (Object element : list) {
            if (!(element instanceof String text) || text.isBlank()) {
                throw new Unreadable("an element of \"scopes\" is not a non-blank string");
            }
            patterns.add(new PermissionPattern(text.strip()));
        }
        return Scopes.only(patterns);
    }

    /** ISO-8601 with {@code Z} or an offset; absent or {@code null} means identity did not say. */
    private static Instant instant(Object raw, String field) throws Unreadable {
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text) {
            try {
                return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new Unreadable("\"" + field + "\" is not an ISO-8601 instant", e);
            }
        }
        throw new Unreadable("\"" + field + "\" is not a string");
    }
}
