package com.vecton.crm.adapter.in.rest.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vecton.crm.adapter.in.rest.json.Json;
import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.edit.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A request body read as a JSON object, kept as a tree so that "field absent" and "field null"
 * stay different (PATCH keeps the one and clears the other). Reading is strict about types
 * ({@code "first_name": 5} is malformed, not coerced) and silent about fields it is not asked for,
 * so unknown and read-only fields are ignored as the contract says.
 *
 * <p>It is also where a value that cannot be stored is refused, for every field of every entity:
 * text with U+0000 ({@link Text#NUL_REFUSED}), integers outside the range of their type, instants
 * and dates outside {@link TimeValues}' years 1-9999. A wrong JSON type is a {@code 400} at once;
 * these are field errors, so every reader that can refuse takes the request's {@link InputErrors}
 * and the client learns of them together with the domain's own in one {@code 422}. A refused value
 * is still handed out as sent (as near as its Java type comes), so the domain checks the rest of
 * the input without inventing errors about it (a title refused for a NUL is not also "required");
 * it never goes further, because the errors are thrown before the input is used.
 *
 * <p>A field is named from the top of the request, in errors and messages alike: {@code priority}
 * inside the object {@code applies_to} (read by {@link #object}) is {@code applies_to.priority}. The
 * items of {@link #objects} are named from themselves; their caller files them under their index.
 */
public final class JsonBody {
    /** RFC 7396, which is exactly what our PATCH does: absent keeps, {@code null} clears. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** A plain decimal as text: digits, at most one point, an optional sign; no exponent, no grouping. */
    public static final String DECIMAL = "[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?";

    private final ObjectNode object;
    /** What names this body's fields from the top of the request: {@code ""}, or {@code "applies_to."}. */
    private final String prefix;

    private JsonBody(ObjectNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
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
        return new JsonBody(object, "");
    }

    /** The names of the fields sent, in the order sent: for an object whose keys are data ({@code hours}' weekdays). */
    public List<String> fieldNames() {
        var names = new ArrayList<String>(object.size());
        object.fieldNames().forEachRemaining(names::add);
        return List.copyOf(names);
    }

    /** Absent: keep; {@code null}: clear; a string: set, refused in {@code errors} if it holds U+0000. */
    public FieldEdit<String> text(String field, InputErrors errors) {
        FieldEdit<String> text = unchecked(field);
        if (text instanceof FieldEdit.Set<String> set && Text.containsNul(set.value())) {
            errors.add(name(field), Text.NUL_REFUSED);
        }
        return text;
    }

    /** Absent: keep; {@code null}: clear; {@code true} or {@code false}: set (never a string or number taken as one). */
    public FieldEdit<Boolean> flag(String field) {
        return present(field, value -> {
            if (!value.isBoolean()) {
                throw wrongType(name(field), "true, false or null");
            }
            return FieldEdit.set(value.booleanValue());
        });
    }

    /** Absent: keep; {@code null}: clear; an integer: set, refused in {@code errors} unless it fits 64 bits. */
    public FieldEdit<Long> integer(String field, InputErrors errors) {
        return integer(field, Long.MIN_VALUE, Long.MAX_VALUE, errors);
    }

    /**
     * Absent: keep; {@code null}: clear; an integer: set, refused in {@code errors} unless it is
     * within {@code min..max}, the range of the field's type and column (an {@code int} position).
     */
    public FieldEdit<Long> integer(String field, long min, long max, InputErrors errors) {
        return present(field, value -> {
            if (!value.isIntegralNumber()) {
                throw wrongType(name(field), "an integer or null");
            }
            return FieldEdit.set(withinRange(value, name(field), min, max, errors));
        });
    }

    /**
     * Absent: keep; {@code null}: clear; a JSON number or a string holding a plain decimal
     * ({@link #DECIMAL}): set, exactly as written (never through a {@code double}, so {@code 0.1}
     * stays 0.1); a string that is no such decimal is refused in {@code errors} and the field kept.
     * Money is sent so: {@code "amount": "1500.50"} or {@code "amount": 1500.50}.
     */
    public FieldEdit<BigDecimal> decimal(String field, InputErrors errors) {
        return present(field, value -> {
            if (value.isNumber()) {
                if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
                    errors.add(name(field), "must be a decimal number such as 1500.50");
                    return FieldEdit.keep();
                }
                BigDecimal number = value.decimalValue();
                if (number.precision() - number.scale() > 30 || number.scale() > 30) {
                    errors.add(name(field), "must be a decimal number such as 1500.50");
                    return FieldEdit.keep();
                }
                return FieldEdit.set(number);
            }
            if (!value.isTextual()) {
                throw wrongType(name(field), "a number, a string holding a decimal number, or null");
            }
            String text = value.textValue().strip();
            if (text.isEmpty()) {
                return FieldEdit.set(null);
            }
            if (text.length() > 62 || !text.matches(DECIMAL)) {
                errors.add(name(field), "must be a decimal number such as 1500.50");
                return FieldEdit.keep();
            }
            return FieldEdit.set(new BigDecimal(text));
        });
    }

    /** Absent: keep; {@code null}: clear; an array of strings: set, each refused as {@link #text} refuses one. */
    public FieldEdit<List<String>> textList(String field, InputErrors errors) {
        return present(field, value -> {
            if (!value.isArray()) {
                throw wrongType(name(field), "an array of strings or null");
            }
            var items = new ArrayList<String>();
            boolean nulFree = true;
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw wrongType(name(field), "an array of strings or null");
                }
                nulFree &= !Text.containsNul(item.textValue());
                items.add(item.textValue());
            }
            if (!nulFree) {
                errors.add(name(field), Text.NUL_REFUSED);
            }
            return FieldEdit.set(List.copyOf(items));
        });
    }

    /** Absent: keep; {@code null}: clear; an array of integers: set, each refused unless it fits 64 bits. */
    public FieldEdit<List<Long>> integerList(String field, InputErrors errors) {
        return present(field, value -> {
            if (!value.isArray()) {
                throw wrongType(name(field), "an array of integers or null");
            }
            var items = new ArrayList<Long>();
            boolean fits = true;
            for (JsonNode item : value) {
                if (!item.isIntegralNumber()) {
                    throw wrongType(name(field), "an array of integers or null");
                }
                fits &= within(item.bigIntegerValue(), Long.MIN_VALUE, Long.MAX_VALUE);
                items.add(nearest(item.bigIntegerValue()));
            }
            if (!fits) {
                errors.add(name(field), InputErrors.outOfRange(Long.MIN_VALUE, Long.MAX_VALUE));
            }
            return FieldEdit.set(List.copyOf(items));
        });
    }

    /**
     * Absent: keep; {@code null}: clear; an array of objects: set, each read as a body of its own
     * (the stages a pipeline is created with), so each item's fields are read as a body's are and
     * named from the item itself: the caller files them under the item's index ({@code stages.1.}).
     */
    public FieldEdit<List<JsonBody>> objects(String field) {
        return present(field, value -> {
            if (!value.isArray()) {
                throw wrongType(name(field), "an array of objects or null");
            }
            var items = new ArrayList<JsonBody>();
            for (JsonNode item : value) {
                if (!(item instanceof ObjectNode itemObject)) {
                    throw wrongType(name(field), "an array of objects or null");
                }
                items.add(new JsonBody(itemObject, ""));
            }
            return FieldEdit.set(List.copyOf(items));
        });
    }

    /**
     * Absent: keep; {@code null}: clear; a JSON object: set, read as a body of its own whose fields
     * are named from the top of the request ({@code applies_to.priority}).
     */
    public FieldEdit<JsonBody> object(String field) {
        return present(field, value -> {
            if (!(value instanceof ObjectNode nested)) {
                throw wrongType(name(field), "an object or null");
            }
            return FieldEdit.set(new JsonBody(nested, name(field) + "."));
        });
    }

    /**
     * Absent: keep; {@code null}: clear; an array: set, each item an array of strings as a list (a NUL
     * in it refused under the item's name, {@code hours.monday.0}) or, being anything else, as
     * {@code null} in its place, for the caller to refuse under that name in words of its own.
     */
    public FieldEdit<List<List<String>>> textLists(String field, InputErrors errors) {
        return present(field, value -> {
            if (!value.isArray()) {
                throw wrongType(name(field), "an array of arrays of strings or null");
            }
            var items = new ArrayList<List<String>>();
            for (JsonNode item : value) {
                items.add(strings(item, name(field) + "." + items.size(), errors));
            }
            return FieldEdit.set(Collections.unmodifiableList(items));
        });
    }

    /**
     * Absent: keep; {@code null} or blank: clear; an instant ({@link TimeValues}): set. Text that is
     * no instant (a NUL in it included) is refused and the field kept, having no value to hand out.
     */
    public FieldEdit<Instant> instant(String field, InputErrors errors) {
        FieldEdit<String> raw = unchecked(field);
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null || set.value().isBlank()) {
            return FieldEdit.set(null);
        }
        Instant instant = TimeValues.instant(set.value(), name(field), errors);
        return instant == null ? FieldEdit.keep() : FieldEdit.set(instant);
    }

    /** Absent: keep; {@code null}: clear; a date ({@link TimeValues}): set; refused as {@link #instant} refuses. */
    public FieldEdit<LocalDate> date(String field, InputErrors errors) {
        FieldEdit<String> raw = unchecked(field);
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        LocalDate date = TimeValues.date(set.value(), name(field), errors);
        return date == null ? FieldEdit.keep() : FieldEdit.set(date);
    }

    /** The field's new value for a full replacement, where absent means {@code null}. */
    public String textOrNull(String field, InputErrors errors) {
        return text(field, errors).applyTo(null);
    }

    /** An array of strings, a NUL in one refused under {@code name}; anything else is {@code null}. */
    private static List<String> strings(JsonNode item, String name, InputErrors errors) {
        if (!item.isArray()) {
            return null;
        }
        var strings = new ArrayList<String>();
        for (JsonNode string : item) {
            if (!string.isTextual()) {
                return null;
            }
            strings.add(string.textValue());
        }
        if (strings.stream().anyMatch(Text::containsNul)) {
            errors.add(name, Text.NUL_REFUSED);
        }
        return List.copyOf(strings);
    }

    /** The field's name from the top of the request, as errors and messages give it. */
    private String name(String field) {
        return prefix + field;
    }

    /** A string field as sent, for readers that parse it further (and so refuse a NUL anyway). */
    private FieldEdit<String> unchecked(String field) {
        return present(field, value -> {
            if (!value.isTextual()) {
                throw wrongType(name(field), "a string or null");
            }
            return FieldEdit.set(value.textValue());
        });
    }

    /**
     * The rule every reader keeps, written once: an absent field keeps its value, {@code null}
     * clears it; what a value that is there means is the reader's.
     */
    private <T> FieldEdit<T> present(String field, Function<JsonNode, FieldEdit<T>> read) {
        JsonNode value = object.get(field);
        if (value == null) {
            return FieldEdit.keep();
        }
        if (value.isNull()) {
            return FieldEdit.set(null);
        }
        return read.apply(value);
    }

    private static long withinRange(JsonNode number, String field, long min, long max, InputErrors errors) {
        BigInteger value = number.bigIntegerValue();
        if (!within(value, min, max)) {
            errors.add(field, InputErrors.outOfRange(min, max));
        }
        return nearest(value);
    }

    private static boolean within(BigInteger value, long min, long max) {
        return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** A refused number as near as a {@code long} comes to it. */
    private static long nearest(BigInteger value) {
        return value.max(LONG_MIN).min(LONG_MAX).longValue();
    }

    private static RequestRejected wrongType(String field, String expected) {
        return RequestRejected.malformed("The field " + field + " must be " + expected + ".");
    }
}
