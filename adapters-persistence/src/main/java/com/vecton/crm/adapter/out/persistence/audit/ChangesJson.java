package com.vecton.crm.adapter.out.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code changes} column, written and read back: {@code {"field": {"before": ..., "after": ...}}}. Values are what the
 * domain's {@code asFields()} produce (texts, numbers, instants, {@code null}); instants and dates
 * are written as ISO-8601 text, which is how the API shows them too. Public for the outbox, whose
 * events carry the changes of their activity row.
 */
public final class ChangesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("audit-values")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance));

    private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> STORED_SHAPE =
            new TypeReference<>() {};

    private ChangesJson() {}

    static String write(Changes changes) {
        var fields = new LinkedHashMap<String, Map<String, Object>>();
        changes.fields().forEach((field, change) -> {
            var beforeAndAfter = new LinkedHashMap<String, Object>();
            beforeAndAfter.put("before", change.before());
            beforeAndAfter.put("after", change.after());
            fields.put(field, beforeAndAfter);
        });
        try {
            return MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit value cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The changes of a stored row, values as JSON gave them back: texts, numbers, booleans,
     * {@code null} (and lists or maps, should a writer ever store them). Instants stay ISO-8601 text.
     */
    public static Changes read(String json) {
        Map<String, Map<String, Object>> stored;
        try {
            stored = MAPPER.readValue(json, STORED_SHAPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "activity_log.changes is not {field: {before, after}}: " + e.getMessage(), e);
        }
        var fields = new LinkedHashMap<String, FieldChange>();
        stored.forEach((field, change) -> fields.put(
                field,
                new FieldChange(
                        change == null ? null : change.get("before"), change == null ? null : change.get("after"))));
        return new Changes(fields);
    }
}
