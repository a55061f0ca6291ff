package com.vecton.crm.adapter.in.rest.shift;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.shift.Shift;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The bodies of the shift routes and how they become domain input. */
final class ShiftInput {
    private ShiftInput() {}

    @Schema(
            name = "ShiftInput",
            example =
                    "{\"name\": \"Night\", \"start_time\": \"22:00\", \"end_time\": \"06:00\", \"break_minutes\": 30}")
    record ShiftBody(
            @JsonProperty("name") @Schema(maxLength = Shift.MAX_NAME)
            String name,

            @JsonProperty("start_time") @Schema(example = "08:00")
            String startTime,

            @JsonProperty("end_time") @Schema(example = "16:00")
            String endTime,

            @JsonProperty("break_minutes") @Schema(nullable = true, description = "default 0")
            Integer breakMinutes,

            @JsonProperty("color") @Schema(nullable = true, description = "#RRGGBB, default #9E9E9E")
            String color) {}

    @Schema(
            name = "ShiftAssignmentInput",
            example = "{\"user_id\": \"u-reader\", \"shift_id\": 1, \"date\": \"2027-01-11\"}")
    record AssignmentBody(
            @JsonProperty("user_id") String userId,
            @JsonProperty("shift_id") long shiftId,
            @JsonProperty("date") @Schema(format = "date") String date) {}

    @Schema(
            name = "RecurringShiftAssignmentInput",
            example = "{\"user_id\": \"u-reader\", \"shift_id\": 1, \"weekdays\": [\"monday\", \"wednesday\"],"
                    + " \"from\": \"2027-01-01\", \"to\": \"2027-01-31\"}")
    record RecurringBody(
            @JsonProperty("user_id") String userId,
            @JsonProperty("shift_id") long shiftId,

            @JsonProperty("weekdays") @Schema(description = "monday..sunday")
            List<String> weekdays,

            @JsonProperty("from") @Schema(format = "date") String from,
            @JsonProperty("to") @Schema(format = "date") String to) {}

    static Shift.Details shift(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        LocalTime start = time(body.textOrNull("start_time", errors), "start_time", errors);
        LocalTime end = time(body.textOrNull("end_time", errors), "end_time", errors);
        Long breakMinutes = body.integer("break_minutes", 0, 1439, errors).applyTo(null);
        String color = body.textOrNull("color", errors);
        var details = errors.capture(
                () -> new Shift.Details(name, start, end, breakMinutes == null ? 0 : breakMinutes.intValue(), color));
        errors.throwIfAny();
        return details;
    }

    private static LocalTime time(String raw, String field, InputErrors errors) {
        if (raw == null) {
            return null;
        }
        try {
            if (!raw.strip().matches("[0-2][0-9]:[0-5][0-9]")) {
                throw new DateTimeParseException("not HH:MM", raw, 0);
            }
            return LocalTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a time HH:MM such as 08:00");
            return LocalTime.MIDNIGHT;
        }
    }

    static Set<DayOfWeek> weekdays(List<String> names, InputErrors errors) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        if (names == null) {
            return days;
        }
        for (var name : names) {
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                errors.add("weekdays", "must be weekday names such as monday");
            }
        }
        return days;
    }
}
