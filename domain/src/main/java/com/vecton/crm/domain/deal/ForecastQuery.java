package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a forecast of one pipeline covers: open deals expected to close from {@code from} to
 * {@code to} (both days inclusive; open deals without an expected close date only when neither is
 * given), deals won in those days, grouped by {@link Group}, as the deals were at the end of the day
 * {@code asOf} (UTC), or as they are now.
 */
public record ForecastQuery(Optional<LocalDate> from, Optional<LocalDate> to, Group group, Optional<LocalDate> asOf) {
    public ForecastQuery {
        if (from == null || to == null || group == null || asOf == null) {
            throw new IllegalArgumentException("a forecast query has its range (maybe open), a group and an as-of day");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ValidationFailed.of("from", "must not be after to");
        }
    }

    /** Whether an open deal without an expected close date is in the forecast: only when no range is asked. */
    public boolean includesUndated() {
        return from.isEmpty() && to.isEmpty();
    }

    /** How a forecast groups its deals. */
    public enum Group {
        /** By the month of the expected close date (a won deal: of when it was won), {@code 2026-12}. */
        MONTH("month"),
        /** By the deal's owner, a user id. */
        OWNER("owner"),
        /** By the deal's stage, a stage id. */
        STAGE("stage");

        private final String apiName;

        Group(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        /** @throws ValidationFailed on {@code group} unless it is one of the API names */
        public static Group parse(String raw) {
            for (Group value : values()) {
                if (value.apiName.equals(raw)) {
                    return value;
                }
            }
            throw ValidationFailed.of(
                    "group",
                    "must be one of "
                            + Arrays.stream(values()).map(Group::apiName).collect(Collectors.joining(", ")));
        }
    }
}
