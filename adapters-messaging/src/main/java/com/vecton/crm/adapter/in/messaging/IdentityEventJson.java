package com.vecton.crm.adapter.in.messaging;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the body of an identity event (identity.md section 5) into an {@link IdentityEvent}; the one
 * decoder of both consumers, so the shared queue and the cache-flush queue read a message alike.
 *
 * <p>The event's type comes from the body, not from the routing key (which only routed it). Unknown
 * keys are ignored. Everything the CRM acts on must be there and of the right kind, or the body is
 * {@link Unreadable}: a malformed document, a missing or blank {@code id}, an unknown {@code type},
 * an {@code occurred_at} without an offset, a {@code data} without the type's required field. User
 * ids may be JSON numbers ({@code "user_id": 1001}) and are kept as text. A change's tenant is
 * {@code data.tenant_id}, or the envelope's {@code tenant_id} when data omits it: both name the same
 * tenant. Whether the event concerns this tenant is not decided here ({@link IdentityEvent#concerns}).
 *
 * <p>Problems name the field, never its value: the message is logged, the body never is.
 */
final class IdentityEventJson {
    /** Identity's events are a few hundred bytes; a bigger body is not one of them. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** Duplicate keys are refused: which of two {@code tenant_id} values counts is not a question to answer. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Beyond this, a numeric id's plain form would be an absurdly long string. */
    private static final int MAX_ID_SCALE = 64;
    /** An unknown type is quoted in the log line only when it looks like a type, not like injected text. */
    private static final Pattern TYPE_LIKE = Pattern.compile("[a-z0-9_.]{1,100}");

    private IdentityEventJson() {}

    /** A body that is not an identity event; the message says why, without quoting the body. */
    static final class Unreadable extends Exception {
        Unreadable(String problem) {
            super(problem, null, false, false);
        }
    }

    static IdentityEvent decode(byte[] body) throws Unreadable {
        if (body == null || body.length == 0) {
            throw new Unreadable("the body is empty");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new Unreadable("the body is larger than " + MAX_BODY_BYTES / 1024 + " KiB");
        }
        Map<?, ?> envelope = object(parse(body), "the body");
        try {
            String id = text(envelope.get("id"), "id");
            if (id == null) {
                throw new Unreadable("the event has no \"id\"");
            }
            Instant occurredAt = instant(envelope.get("occurred_at"));
            String envelopeTenant = text(envelope.get("tenant_id"), "tenant_id");
            String type = type(envelope.get("type"));
            Map<?, ?> data = object(envelope.get("data"), "\"data\"");
            return new IdentityEvent(id, occurredAt, envelopeTenant, change(type, data, envelopeTenant));
        } catch (IllegalArgumentException e) {
            // A value the domain refuses (an id of 500 characters, say): the domain's message names no value.
            throw new Unreadable("a value is invalid (" + e.getMessage() + ")");
        }
    }

    private static IdentityChange change(String type, Map<?, ?> data, String envelopeTenant) throws Unreadable {
        return switch (type) {
            case UserScheduledForDeletion.TYPE -> new UserScheduledForDeletion(requiredUser(data));
            case UserUpdated.TYPE ->
                new UserUpdated(
                        requiredUser(data),
                        string(data, "name"),
                        string(data, "email"),
                        string(data, "locale"),
                        string(data, "timezone"));
            case MemberAdded.TYPE -> new MemberAdded(requiredTenant(data, envelopeTenant), requiredUser(data));
            case MemberRemoved.TYPE -> new MemberRemoved(requiredTenant(data, envelopeTenant), requiredUser(data));
            case PolicyUpdated.TYPE -> new PolicyUpdated(requiredTenant(data, envelopeTenant));
            default ->
                throw new Unreadable(
                        TYPE_LIKE.matcher(type).matches()
                                ? "the event type \"" + type + "\" is unknown"
                                : "the event type is unknown");
        };
    }

    private static Object parse(byte[] body) throws Unreadable {
        try {
            return MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            // Jackson's message quotes the offending text; only its position is logged.
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                throw new Unreadable("a key appears twice in one object" + where);
            }
            throw new Unreadable("not valid JSON" + where);
        } catch (IOException e) {
            throw new Unreadable("not readable (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Map<?, ?> object(Object value, String what) throws Unreadable {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new Unreadable(value == null ? what + " is missing" : what + " is not a JSON object");
    }

    private static String type(Object raw) throws Unreadable {
        if (raw instanceof String type && !type.isBlank()) {
            return type.strip();
        }
        throw new Unreadable("the event has no \"type\"");
    }

    private static UserId requiredUser(Map<?, ?> data) throws Unreadable {
        String user = text(data.get("user_id"), "data.user_id");
        if (user == null) {
            throw new Unreadable("\"data.user_id\" is missing");
        }
        return new UserId(user);
    }

    private static String requiredTenant(Map<?, ?> data, String envelopeTenant) throws Unreadable {
        String tenant = text(data.get("tenant_id"), "data.tenant_id");
        if (tenant == null) {
            tenant = envelopeTenant;
        }
        if (tenant == null) {
            throw new Unreadable("\"data.tenant_id\" is missing");
        }
        return tenant;
    }

    /** An optional string of {@code data}: absent or {@code null} is {@code null}; another kind is unreadable. */
    private static String string(Map<?, ?> data, String field) throws Unreadable {
        Object raw = data.get(field);
        if (raw == null || raw instanceof String) {
            return (String) raw;
        }
        throw new Unreadable("\"data." + field + "\" is not a string");
    }

    /** An id as identity sends it, a string or a number, as text; {@code null} when absent or blank. */
    private static String text(Object raw, String field) throws Unreadable {
        return switch (raw) {
            case null -> null;
            case String text -> text.isBlank() ? null : text;
            case BigDecimal decimal -> plain(decimal, field);
            case BigInteger integer -> integer.toString();
            case Long value -> value.toString();
            case Integer value -> value.toString();
            default -> throw new Unreadable("\"" + field + "\" is neither a string nor a number");
        };
    }

    /** {@code 1001.0} reads as {@code "1001"}, as the identity adapter reads numeric user ids. */
    private static String plain(BigDecimal decimal, String field) throws Unreadable {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (Math.abs(stripped.scale()) > MAX_ID_SCALE) {
            throw new Unreadable("\"" + field + "\" is a number too large to be an id");
        }
        return stripped.toPlainString();
    }

    /** ISO-8601 with {@code Z} or an offset: a local time would be a guess at identity's time zone. */
    private static Instant instant(Object raw) throws Unreadable {
        if (raw == null) {
            throw new Unreadable("\"occurred_at\" is missing");
        }
        if (raw instanceof String text) {
            try {
                return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw new Unreadable("\"occurred_at\" is not an ISO-8601 instant with an offset");
            }
        }
        throw new Unreadable("\"occurred_at\" is not a string");
    }
}
