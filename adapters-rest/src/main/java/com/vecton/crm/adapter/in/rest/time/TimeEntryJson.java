package com.vecton.crm.adapter.in.rest.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryListing;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A time entry as the API shows it. */
@Schema(name = "TimeEntry")
record TimeEntryJson(
        @JsonProperty("id") long id,
        @JsonProperty("user_id") String userId,
        @JsonProperty("project_id") long projectId,
        @JsonProperty("task_id") @Schema(nullable = true) Long taskId,
        @JsonProperty("started_at") Instant startedAt,

        @JsonProperty("ended_at") @Schema(nullable = true, description = "null while the timer runs")
        Instant endedAt,

        @JsonProperty("duration_minutes")
        @Schema(nullable = true, description = "whole minutes, rounded " + "down; null while the timer runs")
        Long durationMinutes,

        @JsonProperty("note") @Schema(nullable = true) String note,
        @JsonProperty("billable") boolean billable,
        @JsonUnwrapped LifecycleJson lifecycle)
        implements LifecycleJson.Part {

    static TimeEntryJson from(TimeEntry entry) {
        TimeEntryDetails d = entry.details();
        return new TimeEntryJson(
                entry.id().value(),
                entry.owner().value(),
                d.projectId().value(),
                d.taskId() == null ? null : d.taskId().value(),
                d.startedAt(),
                d.endedAt(),
                d.durationMinutes(),
                d.note(),
                d.billable(),
                LifecycleJson.of(entry));
    }

    /** {@code {"data": [entry...], "meta": {page..., "totals": {...}}}} */
    @Schema(name = "TimeEntryList")
    record ListOf(
            @JsonProperty("data") List<TimeEntryJson> data,
            @JsonProperty("meta") Meta meta) {
        static ListOf of(TimeEntryListing listing) {
            return new ListOf(
                    listing.page().items().stream().map(TimeEntryJson::from).toList(), Meta.of(listing));
        }
    }

    /** The page members every list has ({@link PageMeta}), and the minutes of every match. */
    @Schema(name = "TimeEntryListMeta")
    record Meta(
            @JsonProperty("current_page") int currentPage,
            @JsonProperty("per_page") int perPage,
            @JsonProperty("total") long total,
            @JsonProperty("last_page") long lastPage,
            @JsonProperty("total_is_exact") boolean totalIsExact,
            @JsonProperty("totals") Totals totals) {
        static Meta of(TimeEntryListing listing) {
            var page = PageMeta.of(listing.page());
            return new Meta(
                    page.currentPage(),
                    page.perPage(),
                    page.total(),
                    page.lastPage(),
                    page.totalIsExact(),
                    Totals.of(listing));
        }
    }

    /**
     * Minutes of all matches, not only this page's: stopped entries only (a running timer has no
     * duration yet), per UTC day of their start and per project, keys ascending.
     */
    @Schema(name = "TimeEntryTotals")
    record Totals(
            @JsonProperty("minutes") long minutes,

            @JsonProperty("per_day") @Schema(description = "UTC date (2026-11-20) to minutes")
            Map<String, Long> perDay,

            @JsonProperty("per_project") @Schema(description = "project id, as a string, to minutes")
            Map<String, Long> perProject) {
        static Totals of(TimeEntryListing listing) {
            var perDay = new LinkedHashMap<String, Long>();
            listing.minutesPerDay().forEach((day, minutes) -> perDay.put(day.toString(), minutes));
            var perProject = new LinkedHashMap<String, Long>();
            listing.minutesPerProject().forEach((project, minutes) -> perProject.put(project.toString(), minutes));
            return new Totals(listing.totalMinutes(), perDay, perProject);
        }
    }
}
