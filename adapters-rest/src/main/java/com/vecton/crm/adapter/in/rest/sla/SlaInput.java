package com.vecton.crm.adapter.in.rest.sla;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.calendar.OpeningRange;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.sla.SlaPolicy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bodies of the SLA routes and how they become domain input. */
final class SlaInput {
    private SlaInput() {}

    @Schema(
            name = "BusinessCalendarInput",
            example =
                    "{\"name\": \"Office\", \"timezone\": \"Europe/Budapest\", \"hours\": {\"monday\": [[\"09:00\", \"17:00\"]]}}")
    record CalendarBody(
            @JsonProperty("name") @Schema(maxLength = 100) String name,
            @JsonProperty("timezone") String timezone,

            @JsonProperty("hours")
            @Schema(description = "weekday to opening ranges [start, end], HH:MM, end may be 24:00")
            Map<String, List<List<String>>> hours) {}

    @Schema(name = "SlaAppliesToInput")
    record AppliesToBody(
            @JsonProperty("priority") @Schema(nullable = true)
            List<String> priority,

            @JsonProperty("project_id") @Schema(nullable = true)
            Long projectId,

            @JsonProperty("label_id") @Schema(nullable = true)
            Long labelId) {}

    @Schema(
            name = "SlaPolicyInput",
            example = "{\"name\": \"Urgent\", \"calendar_id\": 1, \"applies_to\": {\"priority\": [\"urgent\"]},"
                    + " \"first_response_minutes\": 60, \"resolution_minutes\": 480, \"pause_statuses\": [\"review\"]}")
    record PolicyBody(
            @JsonProperty("name") String name,
            @JsonProperty("calendar_id") long calendarId,

            @JsonProperty("applies_to") @Schema(nullable = true)
            AppliesToBody appliesTo,

            @JsonProperty("first_response_minutes") @Schema(nullable = true)
            Integer firstResponseMinutes,

            @JsonProperty("resolution_minutes") @Schema(nullable = true)
            Integer resolutionMinutes,

            @JsonProperty("pause_statuses") @Schema(nullable = true)
            List<String> pauseStatuses,

            @JsonProperty("warn_before_minutes") @Schema(nullable = true)
            Integer warnBeforeMinutes,

            @JsonProperty("active") @Schema(nullable = true, description = "default true")
            Boolean active,

            @JsonProperty("position") @Schema(nullable = true, description = "default 0")
            Integer position) {}

    static CalendarSpec.Details calendar(java.io.InputStream body) {
        var tree = object(body);
        var errors = new InputErrors();
        String name = text(tree, "name", errors);
        String zone = text(tree, "timezone", errors);
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        var node = tree.path("hours");
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                DayOfWeek day;
                try {
                    day = DayOfWeek.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException unknown) {
                    errors.add("hours", entry.getKey() + " is not a weekday");
                    return;
                }
                var ranges = new ArrayList<OpeningRange>();
                int i = 0;
                for (var pair : entry.getValue()) {
                    String field = "hours." + entry.getKey() + "." + i++;
                    if (!pair.isArray()
                            || pair.size() != 2
                            || !pair.get(0).isTextual()
                            || !pair.get(1).isTextual()) {
                        errors.add(field, "must be [start, end] as HH:MM");
                        continue;
                    }
                    var range = errors.capture(
                            field + ".",
                            () -> OpeningRange.of(
                                    pair.get(0).asText(), pair.get(1).asText()));
                    if (range != null) {
                        ranges.add(range);
                    }
                }
                hours.put(day, ranges);
            });
        }
        var details = errors.capture(() -> new CalendarSpec.Details(name, zone, hours));
        errors.throwIfAny();
        return details;
    }

    static SlaPolicy.Details policy(java.io.InputStream body) {
        var tree = object(body);
        var errors = new InputErrors();
        String name = text(tree, "name", errors);
        Long calendar = integer(tree, "calendar_id", errors);
        var applies = tree.path("applies_to");
        var priorities = texts(applies.path("priority"), "applies_to.priority", errors);
        Long project = integer(applies, "project_id", errors);
        Long label = integer(applies, "label_id", errors);
        Long first = integer(tree, "first_response_minutes", errors);
        Long resolution = integer(tree, "resolution_minutes", errors);
        var pauses = texts(tree.path("pause_statuses"), "pause_statuses", errors);
        Long warn = integer(tree, "warn_before_minutes", errors);
        Long position = integer(tree, "position", errors);
        var active = tree.path("active");
        if (!active.isMissingNode() && !active.isNull() && !active.isBoolean()) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The field active must be true, false or null.");
        }
        if (calendar == null) {
            errors.add("calendar_id", "is required");
        }
        var bounded = new LinkedHashMap<String, Long>();
        bounded.put("first_response_minutes", first);
        bounded.put("resolution_minutes", resolution);
        bounded.put("warn_before_minutes", warn);
        bounded.put("position", position);
        bounded.forEach((field, value) -> {
            if (value != null && (value < 0 || value > 10_000_000)) {
                errors.add(field, "must be between 0 and 10000000");
            }
        });
        errors.throwIfAny();
        var details = errors.capture(() -> new SlaPolicy.Details(
                name,
                calendar,
                new HashSet<>(priorities),
                project,
                label,
                first == null ? null : first.intValue(),
                resolution == null ? null : resolution.intValue(),
                new HashSet<>(pauses),
                warn == null ? 0 : warn.intValue(),
                !active.isBoolean() || active.booleanValue(),
                position == null ? 0 : position.intValue()));
        errors.throwIfAny();
        return details;
    }

    private static com.fasterxml.jackson.databind.JsonNode object(java.io.InputStream body) {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = com.vecton.crm.adapter.in.rest.json.Json.mapper().readTree(body);
        } catch (java.io.IOException e) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The request body is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The request body must be a JSON object.");
        }
        return tree;
    }

    /** A string or null; one that holds U+0000 is refused in {@code errors}, as {@code JsonBody.text} refuses it. */
    private static String text(com.fasterxml.jackson.databind.JsonNode tree, String field, InputErrors errors) {
        var value = tree.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The field " + field + " must be a string or null.");
        }
        if (Text.containsNul(value.asText())) {
            errors.add(field, Text.NUL_REFUSED);
        }
        return value.asText();
    }

    private static Long integer(com.fasterxml.jackson.databind.JsonNode tree, String field, InputErrors errors) {
        var value = tree.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The field " + field + " must be an integer or null.");
        }
        if (!value.canConvertToLong()) {
            errors.add(field, "is too large");
            return null;
        }
        return value.asLong();
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode value, String field, InputErrors errors) {
        var list = new ArrayList<String>();
        if (value.isMissingNode() || value.isNull()) {
            return list;
        }
        if (!value.isArray()) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The field " + field + " must be an array of strings.");
        }
        for (var item : value) {
            if (!item.isTextual()) {
                throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                        "The field " + field + " must be an array of strings.");
            }
            if (Text.containsNul(item.asText())) {
                errors.add(field, Text.NUL_REFUSED);
            }
            list.add(item.asText());
        }
        return list;
    }
}
