package com.vecton.crm.adapter.in.rest.sla;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.application.port.in.sla.ShowTaskSlaUseCase;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.sla.SlaBreach;
import com.vecton.crm.domain.sla.SlaClock;
import com.vecton.crm.domain.sla.SlaPolicy;
import com.vecton.crm.domain.sla.SlaReport;
import com.vecton.crm.domain.sla.SlaTarget;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The shapes of calendars, SLA policies, a task's SLA, breaches and the report. */
final class SlaJson {
    private SlaJson() {}

    @Schema(name = "BusinessCalendar")
    record CalendarJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,

            @JsonProperty("timezone") @Schema(example = "Europe/Budapest")
            String timezone,

            @JsonProperty("hours")
            @Schema(
                    description = "weekday (monday..sunday) to its opening ranges, each [start, end] as HH:MM, such as"
                            + " {\"monday\": [[\"09:00\", \"12:00\"], [\"13:00\", \"17:00\"]]}")
            Map<String, List<List<String>>> hours) {
        static CalendarJson from(CalendarSpec c) {
            var hours = new LinkedHashMap<String, List<List<String>>>();
            for (var day : DayOfWeek.values()) {
                var ranges = c.details().hours().getOrDefault(day, List.of());
                if (!ranges.isEmpty()) {
                    hours.put(
                            day.name().toLowerCase(Locale.ROOT),
                            ranges.stream()
                                    .map(r -> List.of(r.start(), r.end()))
                                    .toList());
                }
            }
            return new CalendarJson(c.id(), c.details().name(), c.details().timezone(), hours);
        }
    }

    @Schema(name = "BusinessCalendarItem")
    record CalendarItem(@JsonProperty("data") CalendarJson data) {}

    @Schema(name = "BusinessCalendarList")
    record CalendarList(@JsonProperty("data") List<CalendarJson> data) {}

    @Schema(name = "SlaAppliesTo")
    record AppliesTo(
            @JsonProperty("priority") @Schema(description = "empty: every priority")
            List<String> priority,

            @JsonProperty("project_id") @Schema(nullable = true)
            Long projectId,

            @JsonProperty("label_id") @Schema(nullable = true)
            Long labelId) {}

    @Schema(name = "SlaPolicy")
    record PolicyJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,
            @JsonProperty("calendar_id") long calendarId,
            @JsonProperty("applies_to") AppliesTo appliesTo,

            @JsonProperty("first_response_minutes") @Schema(nullable = true)
            Integer firstResponseMinutes,

            @JsonProperty("resolution_minutes") @Schema(nullable = true)
            Integer resolutionMinutes,

            @JsonProperty("pause_statuses") List<String> pauseStatuses,
            @JsonProperty("warn_before_minutes") int warnBeforeMinutes,
            @JsonProperty("active") boolean active,
            @JsonProperty("position") int position) {
        static PolicyJson from(SlaPolicy p) {
            var d = p.details();
            return new PolicyJson(
                    p.id(),
                    d.name(),
                    d.calendarId(),
                    new AppliesTo(d.priorities().stream().sorted().toList(), d.projectId(), d.labelId()),
                    d.firstResponseMinutes(),
                    d.resolutionMinutes(),
                    d.pauseStatuses().stream().sorted().toList(),
                    d.warnBeforeMinutes(),
                    d.active(),
                    d.position());
        }
    }

    @Schema(name = "SlaPolicyItem")
    record PolicyItem(@JsonProperty("data") PolicyJson data) {}

    @Schema(name = "SlaPolicyList")
    record PolicyList(@JsonProperty("data") List<PolicyJson> data) {}

    @Schema(name = "TaskSla")
    record TaskSlaJson(
            @JsonProperty("task_id") long taskId,

            @JsonProperty("policy") @Schema(nullable = true, description = "null: no policy applies")
            PolicyJson policy,

            @JsonProperty("first_response_due_at") @Schema(nullable = true)
            Instant firstResponseDueAt,

            @JsonProperty("resolution_due_at") @Schema(nullable = true)
            Instant resolutionDueAt,

            @JsonProperty("first_response_at") @Schema(nullable = true)
            Instant firstResponseAt,

            @JsonProperty("resolved_at") @Schema(nullable = true)
            Instant resolvedAt,

            @JsonProperty("state")
            @Schema(
                    nullable = true,
                    allowableValues = {"on_track", "warning", "breached", "met", "paused"})
            String state,

            @JsonProperty("paused_minutes") @Schema(description = "business minutes spent paused so far")
            long pausedMinutes) {
        static TaskSlaJson of(long task, java.util.Optional<ShowTaskSlaUseCase.TaskSla> sla) {
            if (sla.isEmpty()) {
                return new TaskSlaJson(task, null, null, null, null, null, null, 0);
            }
            Instant frDue = null;
            Instant resDue = null;
            Instant frAt = null;
            Instant resAt = null;
            long paused = 0;
            for (SlaClock.Reading r : sla.get().readings()) {
                if (r.target() == SlaTarget.FIRST_RESPONSE) {
                    frDue = r.dueAt();
                    frAt = r.metAt().orElse(null);
                } else {
                    resDue = r.dueAt();
                    resAt = r.metAt().orElse(null);
                }
                paused = Math.max(paused, r.paused().toMinutes());
            }
            return new TaskSlaJson(
                    task,
                    PolicyJson.from(sla.get().policy()),
                    frDue,
                    resDue,
                    frAt,
                    resAt,
                    sla.get().state().apiName(),
                    paused);
        }
    }

    @Schema(name = "TaskSlaItem")
    record TaskSlaItem(@JsonProperty("data") TaskSlaJson data) {}

    @Schema(name = "SlaBreach")
    record BreachJson(
            @JsonProperty("id") long id,
            @JsonProperty("task_id") long taskId,
            @JsonProperty("policy_id") long policyId,

            @JsonProperty("target") @Schema(allowableValues = {"first_response", "resolution"})
            String target,

            @JsonProperty("due_at") Instant dueAt,
            @JsonProperty("breached_at") Instant breachedAt,

            @JsonProperty("resolved_at") @Schema(nullable = true)
            Instant resolvedAt) {
        static BreachJson from(SlaBreach b) {
            return new BreachJson(
                    b.id(), b.taskId(), b.policyId(), b.target().apiName(), b.dueAt(), b.breachedAt(), b.resolvedAt());
        }
    }

    @Schema(name = "SlaBreachList")
    record BreachList(
            @JsonProperty("data") List<BreachJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static BreachList of(Page<SlaBreach> page) {
            return new BreachList(page.items().stream().map(BreachJson::from).toList(), PageMeta.of(page));
        }
    }

    @Schema(name = "SlaReportRow")
    record ReportJson(
            @JsonProperty("policy_id") long policyId,
            @JsonProperty("policy") String policy,
            @JsonProperty("tasks_due") int due,
            @JsonProperty("met") int met,
            @JsonProperty("breached") int breached,

            @JsonProperty("median_first_response_minutes") @Schema(nullable = true)
            Long medianFirstResponseMinutes,

            @JsonProperty("median_resolution_minutes") @Schema(nullable = true)
            Long medianResolutionMinutes) {
        static ReportJson from(SlaReport r) {
            return new ReportJson(
                    r.policyId(),
                    r.policyName(),
                    r.due(),
                    r.met(),
                    r.breached(),
                    r.medianFirstResponseMinutes(),
                    r.medianResolutionMinutes());
        }
    }

    @Schema(name = "SlaReport")
    record ReportList(@JsonProperty("data") List<ReportJson> data) {
        static ReportList of(List<SlaReport> rows) {
            return new ReportList(
                    new ArrayList<>(rows.stream().map(ReportJson::from).toList()));
        }
    }
}
