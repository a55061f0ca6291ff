package com.vecton.crm.adapter.in.rest.sla;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.calendar.OpeningRange;
import com.vecton.crm.domain.sla.SlaPolicy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bodies of the SLA routes and how they become domain input. The records only document the
 * shapes (OpenAPI); bodies are read through {@link JsonBody}, fields inside {@code applies_to} and
 * {@code hours} named from the top ({@code applies_to.priority}, {@code hours.monday.0}).
 */
final class SlaInput {
    /** The largest number of minutes or position the adapter takes; the domain narrows each further. */
    private static final long LARGEST = 10_000_000;

    private SlaInput() {}

    @Schema(
            name = "BusinessCalendarInput",
            example =
                    "{\"name\": \"Office\", \"timezone\": \"Europe/Budapest\", \"hours\": {\"monday\": [[\"09:00\", \"17:00\"]]}}")
    record CalendarBody(
            @JsonProperty("name") @Schema(maxLength = CalendarSpec.MAX_NAME)
            String name,

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
            @JsonProperty("name") @Schema(maxLength = SlaPolicy.MAX_NAME)
            String name,

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

    static CalendarSpec.Details calendar(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        String zone = body.textOrNull("timezone", errors);
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        JsonBody week = body.object("hours").applyTo(null);
        if (week != null) {
            for (String key : week.fieldNames()) {
                DayOfWeek day = weekday(key);
                if (day == null) {
                    errors.add("hours", key + " is not a weekday");
                    continue;
                }
                hours.put(day, ranges(key, week.textLists(key, errors).applyTo(null), errors));
            }
        }
        var details = errors.capture(() -> new CalendarSpec.Details(name, zone, hours));
        errors.throwIfAny();
        return details;
    }

    private static DayOfWeek weekday(String key) {
        try {
            return DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A weekday's opening ranges; each pair that is not two clock times is refused under its index. */
    private static List<OpeningRange> ranges(String day, List<List<String>> pairs, InputErrors errors) {
        var ranges = new ArrayList<OpeningRange>();
        if (pairs == null) {
            return ranges;
        }
        for (int i = 0; i < pairs.size(); i++) {
            String field = "hours." + day + "." + i;
            List<String> pair = pairs.get(i);
            if (pair == null || pair.size() != 2) {
                errors.add(field, "must be [start, end] as HH:MM");
                continue;
            }
            var range = errors.capture(field + ".", () -> OpeningRange.of(pair.get(0), pair.get(1)));
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    static SlaPolicy.Details policy(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        Long calendar = body.integer("calendar_id", errors).applyTo(null);
        JsonBody applies = body.object("applies_to").applyTo(null);
        List<String> priorities =
                applies == null ? null : applies.textList("priority", errors).applyTo(null);
        Long project =
                applies == null ? null : applies.integer("project_id", errors).applyTo(null);
        Long label =
                applies == null ? null : applies.integer("label_id", errors).applyTo(null);
        Long first = body.integer("first_response_minutes", 0, LARGEST, errors).applyTo(null);
        Long resolution = body.integer("resolution_minutes", 0, LARGEST, errors).applyTo(null);
        List<String> pauses = body.textList("pause_statuses", errors).applyTo(null);
        Long warn = body.integer("warn_before_minutes", 0, LARGEST, errors).applyTo(null);
        Long position = body.integer("position", 0, LARGEST, errors).applyTo(null);
        Boolean active = body.flag("active").applyTo(null);
        if (calendar == null) {
            errors.add("calendar_id", "is required");
        }
        // A refused value is handed out as sent: none may reach the domain (a NUL priority is no priority either).
        errors.throwIfAny();
        var details = errors.capture(() -> new SlaPolicy.Details(
                name,
                calendar,
                set(priorities),
                project,
                label,
                first == null ? null : first.intValue(),
                resolution == null ? null : resolution.intValue(),
                set(pauses),
                warn == null ? 0 : warn.intValue(),
                active == null || active,
                position == null ? 0 : position.intValue()));
        errors.throwIfAny();
        return details;
    }

    private static Set<String> set(List<String> texts) {
        return texts == null ? Set.of() : Set.copyOf(texts);
    }
}
