package com.vecton.crm.adapter.out.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.vecton.crm.domain.audit.Changes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code changes} column: {@code {"field": {"before": ..., "after": ...}}}. Values are what the
 * domain's {@code asFields()} produce (texts, numbers, instants, {@code null}); instants and dates
 * are written as ISO-8601 text, which is how the API shows them too.
 */
final class ChangesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule("audit-values")
            .addSerializer(Instant.class, ToStringSerializer.instance)
            .addSerializer(LocalDate.class, ToStringSerializer.instance));

    private ChangesJson() {
    }

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
}
