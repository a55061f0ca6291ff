package com.vecton.crm.domain.time;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.project.ProjectId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of time entries and the minutes of all entries the query matched (every page, not
 * just this one): per UTC day of their start and per project, in ascending key order. Totals add
 * up each stopped entry's whole minutes (as {@link TimeEntryDetails#durationMinutes()}); running
 * timers have no duration yet and count nothing. An entry across midnight counts on the day it
 * starts.
 */
public record TimeEntryListing(
        Page<TimeEntry> page, Map<LocalDate, Long> minutesPerDay, Map<ProjectId, Long> minutesPerProject) {
    public TimeEntryListing {
        if (page == null || minutesPerDay == null || minutesPerProject == null) {
            throw new IllegalArgumentException("a listing has a page and both totals");
        }
        minutesPerDay = Collections.unmodifiableMap(new LinkedHashMap<>(minutesPerDay));
        minutesPerProject = Collections.unmodifiableMap(new LinkedHashMap<>(minutesPerProject));
    }

    /** All the minutes the query matched. */
    public long totalMinutes() {
        return minutesPerDay.values().stream().mapToLong(Long::longValue).sum();
    }
}
