package com.vecton.crm.adapter.in.rest.leave;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.application.port.in.leave.LeaveCalendarUseCase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.DayHalf;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.LeaveBalance;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.listing.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The shapes of holidays, leave types, leave requests, balances and the leave calendar. */
final class LeaveJson {
    private LeaveJson() {}

    @Schema(name = "Holiday")
    record HolidayJson(
            @JsonProperty("id") long id,
            @JsonProperty("date") @Schema(format = "date") LocalDate date,
            @JsonProperty("name") String name) {
        static HolidayJson from(Holiday h) {
            return new HolidayJson(h.id().value(), h.date(), h.name());
        }
    }

    @Schema(name = "HolidayItem")
    record HolidayItem(@JsonProperty("data") HolidayJson data) {}

    @Schema(name = "HolidayList")
    record HolidayList(@JsonProperty("data") List<HolidayJson> data) {
        static HolidayList of(List<Holiday> holidays) {
            return new HolidayList(holidays.stream().map(HolidayJson::from).toList());
        }
    }

    @Schema(name = "LeaveType")
    record LeaveTypeJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,

            @JsonProperty("yearly_allowance_days") @Schema(nullable = true, description = "null: unlimited")
            BigDecimal yearlyAllowanceDays,

            @JsonProperty("allow_negative") boolean allowNegative,

            @JsonProperty("requires_approval") @Schema(description = "false: approved on submission")
            boolean requiresApproval,

            @JsonProperty("half_days_allowed") boolean halfDaysAllowed) {
        static LeaveTypeJson from(LeaveType t) {
            var d = t.details();
            return new LeaveTypeJson(
                    t.id().value(),
                    d.name(),
                    d.yearlyAllowanceDays(),
                    d.allowNegative(),
                    d.requiresApproval(),
                    d.halfDaysAllowed());
        }
    }

    @Schema(name = "LeaveTypeItem")
    record LeaveTypeItem(@JsonProperty("data") LeaveTypeJson data) {
        static LeaveTypeItem of(LeaveType type) {
            return new LeaveTypeItem(LeaveTypeJson.from(type));
        }
    }

    @Schema(name = "LeaveTypeList")
    record LeaveTypeList(@JsonProperty("data") List<LeaveTypeJson> data) {
        static LeaveTypeList of(List<LeaveType> types) {
            return new LeaveTypeList(types.stream().map(LeaveTypeJson::from).toList());
        }
    }

    @Schema(name = "LeaveRequest")
    record LeaveRequestJson(
            @JsonProperty("id") long id,
            @JsonProperty("user_id") String userId,
            @JsonProperty("leave_type_id") long leaveTypeId,

            @JsonProperty("start_date") @Schema(format = "date")
            LocalDate startDate,

            @JsonProperty("end_date") @Schema(format = "date")
            LocalDate endDate,

            @JsonProperty("start_half") @Schema(allowableValues = {"full", "am", "pm"})
            String startHalf,

            @JsonProperty("end_half") @Schema(allowableValues = {"full", "am", "pm"})
            String endHalf,

            @JsonProperty("days") @Schema(description = "working days, halves counting 0.5")
            BigDecimal days,

            @JsonProperty("reason") @Schema(nullable = true) String reason,

            @JsonProperty("status") @Schema(allowableValues = {"pending", "approved", "rejected", "cancelled"})
            String status,

            @JsonProperty("reviewed_by") @Schema(nullable = true)
            String reviewedBy,

            @JsonProperty("reviewed_at") @Schema(nullable = true)
            Instant reviewedAt,

            @JsonProperty("review_note") @Schema(nullable = true)
            String reviewNote,

            @JsonProperty("created_by") @Schema(nullable = true)
            String createdBy,

            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt,

            @JsonProperty("version")
            @Schema(
                    description =
                            "1 when submitted, one more with every decision; the item's ETag is this number in quotes")
            long version)
            implements ItemTags.VersionedJson {
        static LeaveRequestJson from(LeaveRequest r) {
            return new LeaveRequestJson(
                    r.id().value(),
                    r.user().value(),
                    r.type().value(),
                    r.period().startDate(),
                    r.period().endDate(),
                    r.period().startHalf().apiName(),
                    r.period().endHalf().apiName(),
                    r.days(),
                    r.reason().orElse(null),
                    r.status().apiName(),
                    r.reviewedBy().map(UserId::value).orElse(null),
                    r.reviewedAt().orElse(null),
                    r.reviewNote().orElse(null),
                    r.createdBy().map(UserId::value).orElse(null),
                    r.createdAt(),
                    r.updatedAt(),
                    r.version());
        }
    }

    @Schema(name = "LeaveRequestItem")
    record LeaveRequestItem(@JsonProperty("data") LeaveRequestJson data)
            implements ItemTags.VersionedItem<LeaveRequestJson> {
        static LeaveRequestItem of(LeaveRequest r) {
            return new LeaveRequestItem(LeaveRequestJson.from(r));
        }
    }

    @Schema(name = "LeaveRequestList")
    record LeaveRequestList(
            @JsonProperty("data") List<LeaveRequestJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static LeaveRequestList of(Page<LeaveRequest> page) {
            return new LeaveRequestList(
                    page.items().stream().map(LeaveRequestJson::from).toList(), PageMeta.of(page));
        }
    }

    @Schema(name = "LeaveBalance")
    record BalanceJson(
            @JsonProperty("leave_type_id") long leaveTypeId,
            @JsonProperty("leave_type") String leaveType,
            @JsonProperty("year") int year,

            @JsonProperty("allowance") @Schema(nullable = true, description = "null: unlimited")
            BigDecimal allowance,

            @JsonProperty("taken") BigDecimal taken,
            @JsonProperty("pending") BigDecimal pending,

            @JsonProperty("remaining") @Schema(nullable = true, description = "null: unlimited")
            BigDecimal remaining) {
        static BalanceJson from(LeaveBalance b) {
            return new BalanceJson(
                    b.type().id().value(),
                    b.type().name(),
                    b.year(),
                    b.allowance(),
                    b.taken(),
                    b.pending(),
                    b.remaining().orElse(null));
        }
    }

    @Schema(name = "LeaveBalanceItem")
    record BalanceItem(@JsonProperty("data") BalanceJson data) {}

    @Schema(name = "LeaveBalanceList")
    record BalanceList(
            @JsonProperty("user_id") String userId,
            @JsonProperty("data") List<BalanceJson> data) {
        static BalanceList of(String user, List<LeaveBalance> balances) {
            return new BalanceList(
                    user, balances.stream().map(BalanceJson::from).toList());
        }
    }

    @Schema(name = "LeaveAbsence")
    record AbsenceJson(
            @JsonProperty("user_id") String userId,
            @JsonProperty("leave_request_id") long leaveRequestId,
            @JsonProperty("leave_type_id") long leaveTypeId,

            @JsonProperty("status") @Schema(allowableValues = {"pending", "approved"})
            String status,

            @JsonProperty("part") @Schema(allowableValues = {"full", "am", "pm"})
            String part) {}

    @Schema(name = "LeaveCalendarDay")
    record DayJson(
            @JsonProperty("date") @Schema(format = "date") LocalDate date,
            @JsonProperty("working_day") boolean workingDay,
            @JsonProperty("away") List<AbsenceJson> away) {}

    /** {@code {"data": [{date, working_day, away: [...]}, ...]}}: every day of the range, in order. */
    @Schema(name = "LeaveCalendar")
    record CalendarJson(@JsonProperty("data") List<DayJson> data) {
        static CalendarJson of(LocalDate from, LocalDate to, LeaveCalendarUseCase.Away away) {
            Map<LocalDate, List<AbsenceJson>> byDay = new TreeMap<>();
            for (var r : away.requests()) {
                for (var day = r.period().startDate(); !day.isAfter(r.period().endDate()); day = day.plusDays(1)) {
                    DayHalf part = r.period().partOf(day);
                    if (part == null
                            || day.isBefore(from)
                            || day.isAfter(to)
                            || !away.workingDays().isWorkingDay(day)) {
                        continue;
                    }
                    byDay.computeIfAbsent(day, d -> new ArrayList<>())
                            .add(new AbsenceJson(
                                    r.user().value(),
                                    r.id().value(),
                                    r.type().value(),
                                    r.status().apiName(),
                                    part.apiName()));
                }
            }
            var days = new ArrayList<DayJson>();
            for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
                days.add(new DayJson(day, away.workingDays().isWorkingDay(day), byDay.getOrDefault(day, List.of())));
            }
            return new CalendarJson(days);
        }
    }
}
