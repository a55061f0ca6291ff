package com.vecton.crm.adapter.in.rest.leave;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.application.port.in.leave.LeaveRequestDraft;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.DayHalf;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.LeavePeriod;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.leave.LedgerEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The bodies the leave routes read, and how each becomes domain input. The records document the shapes. */
final class LeaveInput {
    private LeaveInput() {}

    @Schema(name = "HolidayInput", example = "{\"date\": \"2026-12-24\", \"name\": \"Christmas Eve\"}")
    record HolidayBody(
            @JsonProperty("date") @Schema(format = "date") String date,

            @JsonProperty("name") @Schema(maxLength = Holiday.MAX_NAME)
            String name) {}

    @Schema(
            name = "LeaveTypeInput",
            example = "{\"name\": \"Annual leave\", \"yearly_allowance_days\": 25, \"requires_approval\": true}")
    record LeaveTypeBody(
            @JsonProperty("name")
            @Schema(maxLength = LeaveType.MAX_NAME, description = "unique, compared case-insensitively")
            String name,

            @JsonProperty("yearly_allowance_days")
            @Schema(nullable = true, description = "0-366 in steps of 0.5; absent or null: unlimited")
            BigDecimal yearlyAllowanceDays,

            @JsonProperty("allow_negative") @Schema(nullable = true, description = "default false")
            Boolean allowNegative,

            @JsonProperty("requires_approval")
            @Schema(nullable = true, description = "default true; false: approved on submission")
            Boolean requiresApproval,

            @JsonProperty("half_days_allowed") @Schema(nullable = true, description = "default true")
            Boolean halfDaysAllowed) {}

    @Schema(
            name = "LeaveRequestInput",
            example = "{\"leave_type_id\": 1, \"start_date\": \"2026-12-21\", \"end_date\": \"2026-12-23\","
                    + " \"end_half\": \"am\", \"reason\": \"Family\"}")
    record LeaveRequestBody(
            @JsonProperty("user_id")
            @Schema(nullable = true, description = "default: the caller; another user needs leaves.manage")
            String userId,

            @JsonProperty("leave_type_id") long leaveTypeId,

            @JsonProperty("start_date") @Schema(format = "date")
            String startDate,

            @JsonProperty("end_date") @Schema(format = "date", description = "default: start_date")
            String endDate,

            @JsonProperty("start_half")
            @Schema(
                    nullable = true,
                    allowableValues = {"full", "am", "pm"},
                    description = "pm: from noon")
            String startHalf,

            @JsonProperty("end_half")
            @Schema(
                    nullable = true,
                    allowableValues = {"full", "am", "pm"},
                    description = "am: until noon")
            String endHalf,

            @JsonProperty("reason") @Schema(nullable = true, maxLength = LeaveRequest.MAX_REASON)
            String reason) {}

    @Schema(name = "LeaveDecisionInput", example = "{\"note\": \"Enjoy!\"}")
    record DecisionBody(
            @JsonProperty("note") @Schema(nullable = true, maxLength = LeaveRequest.MAX_REVIEW_NOTE)
            String note) {}

    @Schema(
            name = "LeaveAdjustmentInput",
            example =
                    "{\"user_id\": \"u-reader\", \"leave_type_id\": 1, \"year\": 2026, \"days\": 2.5, \"note\": \"carried over\"}")
    record AdjustmentBody(
            @JsonProperty("user_id") String userId,
            @JsonProperty("leave_type_id") long leaveTypeId,
            @JsonProperty("year") int year,

            @JsonProperty("days") @Schema(description = "non-zero, a multiple of 0.5; negative takes days")
            BigDecimal days,

            @JsonProperty("note") @Schema(nullable = true, maxLength = LedgerEntry.MAX_NOTE)
            String note) {}

    static Holiday.Details holiday(JsonBody body) {
        var errors = new InputErrors();
        LocalDate date = body.date("date", errors).applyTo(null);
        String name = body.textOrNull("name", errors);
        var details = errors.capture(() -> new Holiday.Details(date, name));
        errors.throwIfAny();
        return details;
    }

    static LeaveType.Details leaveType(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        BigDecimal allowance = body.decimal("yearly_allowance_days", errors).applyTo(null);
        Boolean negative = body.flag("allow_negative").applyTo(null);
        Boolean approval = body.flag("requires_approval").applyTo(null);
        Boolean halves = body.flag("half_days_allowed").applyTo(null);
        var details = errors.capture(() -> new LeaveType.Details(
                name, allowance, negative != null && negative, approval == null || approval, halves == null || halves));
        errors.throwIfAny();
        return details;
    }

    static LeaveRequestDraft request(JsonBody body) {
        var errors = new InputErrors();
        String user = body.textOrNull("user_id", errors);
        Long type = body.integer("leave_type_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        LocalDate start = body.date("start_date", errors).applyTo(null);
        LocalDate end = body.date("end_date", errors).applyTo(null);
        DayHalf startHalf = half(body.textOrNull("start_half", errors), "start_half", errors);
        DayHalf endHalf = half(body.textOrNull("end_half", errors), "end_half", errors);
        String reason = body.textOrNull("reason", errors);
        if (type == null) {
            errors.add("leave_type_id", "is required");
        }
        if (user != null && user.length() > UserId.MAX_LENGTH) {
            errors.add("user_id", "must not be longer than " + UserId.MAX_LENGTH + " characters");
        }
        if (start == null) {
            errors.add("start_date", "is required");
        }
        LeavePeriod period = start == null
                ? null
                : errors.capture(() -> new LeavePeriod(start, end == null ? start : end, startHalf, endHalf));
        errors.throwIfAny();
        return new LeaveRequestDraft(
                user == null || user.isBlank() ? null : new UserId(user), new LeaveTypeId(type), period, reason);
    }

    private static DayHalf half(String raw, String field, InputErrors errors) {
        try {
            return DayHalf.fromApi(raw);
        } catch (IllegalArgumentException unknown) {
            errors.add(field, "must be full, am or pm");
            return DayHalf.FULL;
        }
    }

    /** A body that may be empty (a decision without a note): empty is {@code {}}. */
    static JsonBody optionalBody(java.io.InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            boolean blank = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank();
            return JsonBody.read(new java.io.ByteArrayInputStream(blank ? "{}".getBytes() : bytes));
        } catch (java.io.IOException unreadable) {
            throw com.vecton.crm.adapter.in.rest.problem.RequestRejected.malformed(
                    "The request body could not be read.");
        }
    }

    static String note(JsonBody body) {
        var errors = new InputErrors();
        String note = body.textOrNull("note", errors);
        errors.throwIfAny();
        return note;
    }
}
