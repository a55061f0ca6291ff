package com.vecton.crm.adapter.out.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.CrmEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a CRM event on {@code crm.events}:
 * {@code {"id","type","occurred_at","tenant_id","actor_user_id","impersonator_id","subject":{"type","id"},
 * "changes":{"field":{"before":..,"after":..}}}}, keys always present ({@code null} when empty).
 * Values are written as the activity log stores them: java.time values as ISO-8601 text, user ids
 * as their text.
 */
final class CrmEventJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("crm-event-values")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(LocalDateTime.class, ToStringSerializer.instance)
                    .addSerializer(LocalTime.class, ToStringSerializer.instance)
                    .addSerializer(OffsetDateTime.class, ToStringSerializer.instance)
                    .addSerializer(ZonedDateTime.class, ToStringSerializer.instance)
                    .addSerializer(Duration.class, ToStringSerializer.instance)
                    .addSerializer(UserId.class, ToStringSerializer.instance))
            .build();

    private CrmEventJson() {}

    /** @throws IllegalArgumentException when a changed value cannot be written as JSON */
    static byte[] write(CrmEvent event, String tenantId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", event.id().toString());
        body.put("type", event.type());
        body.put("occurred_at", event.occurredAt().toString());
        body.put("tenant_id", tenantId);
        body.put("actor_user_id", event.actor().userId().value());
        UserId impersonator = event.actor().impersonatorId();
        body.put("impersonator_id", impersonator == null ? null : impersonator.value());
        var subject = new LinkedHashMap<String, Object>();
        subject.put("type", event.subjectType());
        subject.put("id", event.subjectId());
        body.put("subject", subject);
        var changes = new LinkedHashMap<String, Map<String, Object>>();
        event.changes().fields().forEach((field, change) -> {
            var beforeAndAfter = new LinkedHashMap<String, Object>();
            beforeAndAfter.put("before", change.before());
            beforeAndAfter.put("after", change.after());
            changes.put(field, beforeAndAfter);
        });
        body.put("changes", changes);
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "CRM event " + event.id() + " has a change that cannot be written as JSON", e);
        }
    }
}
