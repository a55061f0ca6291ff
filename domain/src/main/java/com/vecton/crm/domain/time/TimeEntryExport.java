package com.vecton.crm.domain.time;

import com.vecton.crm.domain.problem.FieldErrors;
import java.time.Duration;

/**
 * Which live time entries an export writes: those of a query whose start range is bounded on both
 * sides and at most {@link #MAX_DAYS} days long. An export streams every match (no pages), so the
 * bound is what keeps one request from reading the tenant's whole history; a longer period is
 * exported in parts. Exports are oldest first (start, then id).
 */
public record TimeEntryExport(TimeEntryQuery query) {
    /** A leap year: a calendar year, or any twelve months, fits in one export. */
    public static final int MAX_DAYS = 366;

    public TimeEntryExport {
        if (query == null) {
            throw new IllegalArgumentException("an export has a query");
        }
        var errors = new FieldErrors();
        if (query.from().isEmpty()) {
            errors.add("from", "is required");
        }
        if (query.to().isEmpty()) {
            errors.add("to", "is required");
        }
        if (query.from().isPresent()
                && query.to().isPresent()
                && Duration.between(query.from().get(), query.to().get()).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            errors.add("to", "must be at most " + MAX_DAYS + " days after from");
        }
        errors.throwIfAny();
    }
}
