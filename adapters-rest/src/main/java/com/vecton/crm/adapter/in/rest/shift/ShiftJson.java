package com.vecton.crm.adapter.in.rest.shift;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.application.port.in.shift.ShowRosterUseCase;
import com.vecton.crm.domain.leave.DayHalf;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The shapes of shifts, assignments and the roster. */
final class ShiftJson {
    private ShiftJson() {}

    @Schema(name = "Shift")
    record ShiftBody(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,

            @JsonProperty("start_time") @Schema(example = "22:00")
            String startTime,

            @JsonProperty("end_time") @Schema(example = "06:00", description = "at or before start_time: the next day")
            String endTime,

            @JsonProperty("crosses_midnight") boolean crossesMidnight,
            @JsonProperty("break_minutes") int breakMinutes,

            @JsonProperty("color") @Schema(pattern = "^#[0-9A-F]{6}$")
            String color) {
        static ShiftBody from(Shift s) {
            var d = s.details();
            return new ShiftBody(
                    s.id().value(),
                    d.name(),
                    d.start().toString(),
                    d.end().toString(),
                    d.crossesMidnight(),
                    d.breakMinutes(),
                    d.color());
        }
    }

    @Schema(name = "ShiftItem")
    record ShiftItem(@JsonProperty("data") ShiftBody data) {
        static ShiftItem of(Shift shift) {
            return new ShiftItem(ShiftBody.from(shift));
        }
    }

    @Schema(name = "ShiftList")
    record ShiftList(@JsonProperty("data") List<ShiftBody> data) {
        static ShiftList of(List<Shift> shifts) {
            return new ShiftList(shifts.stream().map(ShiftBody::from).toList());
        }
    }

    @Schema(name = "ShiftAssignment")
    record AssignmentBody(
            @JsonProperty("id") long id,
            @JsonProperty("user_id") String userId,
            @JsonProperty("shift_id") long shiftId,
            @JsonProperty("date") @Schema(format = "date") LocalDate date,
            @JsonProperty("starts_at") Instant startsAt,
            @JsonProperty("ends_at") Instant endsAt) {
        static AssignmentBody from(ShiftAssignment a) {
            return new AssignmentBody(
                    a.id().value(), a.user().value(), a.shift().value(), a.date(), a.startsAt(), a.endsAt());
        }
    }

    @Schema(name = "ShiftAssignmentItem")
    record AssignmentItem(@JsonProperty("data") AssignmentBody data) {}

    @Schema(name = "ShiftAssignmentList")
    record AssignmentList(@JsonProperty("data") List<AssignmentBody> data) {
        static AssignmentList of(List<ShiftAssignment> assignments) {
            return new AssignmentList(
                    assignments.stream().map(AssignmentBody::from).toList());
        }
    }

    @Schema(name = "RosterShift")
    record RosterShift(
            @JsonProperty("assignment_id") long assignmentId,
            @JsonProperty("shift_id") long shiftId,
            @JsonProperty("name") String name,
            @JsonProperty("color") String color,
            @JsonProperty("starts_at") Instant startsAt,
            @JsonProperty("ends_at") Instant endsAt) {}

    @Schema(name = "RosterLeave")
    record RosterLeave(
            @JsonProperty("leave_request_id") long leaveRequestId,
            @JsonProperty("leave_type_id") long leaveTypeId,

            @JsonProperty("status") @Schema(allowableValues = {"pending", "approved"})
            String status,

            @JsonProperty("part") @Schema(allowableValues = {"full", "am", "pm"})
            String part) {}

    @Schema(name = "RosterDay")
    record RosterDay(
            @JsonProperty("date") @Schema(format = "date") LocalDate date,
            @JsonProperty("working_day") boolean workingDay,
            @JsonProperty("shifts") List<RosterShift> shifts,
            @JsonProperty("leave") List<RosterLeave> leave) {}

    @Schema(name = "RosterUser")
    record RosterUser(
            @JsonProperty("user_id") String userId,
            @JsonProperty("days") List<RosterDay> days) {}

    /** {@code {"data": [{user_id, days: [{date, working_day, shifts, leave}]}]}}: users with a shift or leave in the range. */
    @Schema(name = "Roster")
    record RosterBody(@JsonProperty("data") List<RosterUser> data) {
        static RosterBody of(ShowRosterUseCase.Roster roster) {
            Map<ShiftId, Shift> shifts = new HashMap<>();
            roster.shifts().forEach(s -> shifts.put(s.id(), s));
            var users = new TreeSet<String>();
            Map<String, Map<LocalDate, List<RosterShift>>> onShift = new TreeMap<>();
            for (var a : roster.assignments()) {
                users.add(a.user().value());
                var shift = shifts.get(a.shift());
                onShift.computeIfAbsent(a.user().value(), u -> new TreeMap<>())
                        .computeIfAbsent(a.date(), d -> new ArrayList<>())
                        .add(new RosterShift(
                                a.id().value(),
                                a.shift().value(),
                                shift == null ? null : shift.details().name(),
                                shift == null ? null : shift.details().color(),
                                a.startsAt(),
                                a.endsAt()));
            }
            Map<String, Map<LocalDate, List<RosterLeave>>> away = new TreeMap<>();
            for (var r : roster.leave()) {
                for (var day = r.period().startDate(); !day.isAfter(r.period().endDate()); day = day.plusDays(1)) {
                    DayHalf part = r.period().partOf(day);
                    if (part == null
                            || day.isBefore(roster.from())
                            || day.isAfter(roster.to())
                            || !roster.workingDays().isWorkingDay(day)) {
                        continue;
                    }
                    users.add(r.user().value());
                    away.computeIfAbsent(r.user().value(), u -> new TreeMap<>())
                            .computeIfAbsent(day, d -> new ArrayList<>())
                            .add(new RosterLeave(
                                    r.id().value(), r.type().value(), r.status().apiName(), part.apiName()));
                }
            }
            var data = new ArrayList<RosterUser>();
            for (var user : users) {
                var days = new ArrayList<RosterDay>();
                for (var day = roster.from(); !day.isAfter(roster.to()); day = day.plusDays(1)) {
                    days.add(new RosterDay(
                            day,
                            roster.workingDays().isWorkingDay(day),
                            onShift.getOrDefault(user, Map.of()).getOrDefault(day, List.of()),
                            away.getOrDefault(user, Map.of()).getOrDefault(day, List.of())));
                }
                data.add(new RosterUser(user, days));
            }
            return new RosterBody(data);
        }
    }
}
