package com.vecton.crm.adapter.in.rest.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reader of instants and dates: ISO-8601 within the years 1-9999, both ends included. */
class TimeValuesTest {
    private static final String YEARS = "must be between 0001-01-01 and 9999-12-31";

    @Test
    void instants_are_taken_from_the_first_to_the_last_microsecond_of_years_1_to_9999() {
        for (String inside : List.of(
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999Z",
                "0001-01-01T01:00:00+01:00",
                "9999-12-31T22:59:59-01:00")) {
            var errors = new InputErrors();
            assertEquals(Instant.parse(inside), TimeValues.instant(inside, "due_at", errors), inside);
            assertEquals(Map.of(), Refusals.of(e -> TimeValues.instant(inside, "due_at", e)), inside);
        }
    }

    @Test
    void instants_just_outside_are_refused_on_their_field() {
        for (String outside : List.of(
                "0000-12-31T23:59:59.999999Z",
                "0001-01-01T00:59:59+01:00",
                "9999-12-31T23:59:59.9999991Z",
                "+10000-01-01T00:00:00Z",
                "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00Z")) {
            assertEquals(
                    Map.of("due_at", List.of(YEARS)),
                    Refusals.of(e -> TimeValues.instant(outside, "due_at", e)),
                    outside);
        }
    }

    @Test
    void an_instant_out_of_range_is_handed_out_with_its_error_and_a_malformed_one_is_not() {
        var errors = new InputErrors();
        assertEquals(
                Instant.parse("+999999999-12-31T23:59:59Z"),
                TimeValues.instant("+999999999-12-31T23:59:59Z", "due_at", errors));
        assertNull(TimeValues.instant("+1000000001-01-01T00:00:00Z", "due_at", errors));
        assertNull(TimeValues.instant("2026-11-20", "due_at", errors));
        var refused = assertThrows(ValidationFailed.class, errors::throwIfAny);
        assertEquals(
                List.of(YEARS, TimeValues.NOT_AN_INSTANT, TimeValues.NOT_AN_INSTANT),
                refused.errors().get("due_at"));
    }

    @Test
    void dates_are_taken_from_0001_01_01_to_9999_12_31() {
        assertEquals(LocalDate.of(1, 1, 1), TimeValues.date("0001-01-01", "start_date", new InputErrors()));
        assertEquals(LocalDate.of(9999, 12, 31), TimeValues.date(" 9999-12-31 ", "end_date", new InputErrors()));
        for (String outside : List.of("0000-12-31", "+10000-01-01", "+999999999-12-31", "-0001-01-01")) {
            assertEquals(
                    Map.of("end_date", List.of(YEARS)),
                    Refusals.of(e -> TimeValues.date(outside, "end_date", e)),
                    outside);
        }
        assertEquals(
                Map.of("end_date", List.of(TimeValues.NOT_A_DATE)),
                Refusals.of(e -> TimeValues.date("2026-02-30", "end_date", e)));
    }

    @Test
    void a_date_where_an_instant_may_be_means_the_start_or_the_end_of_that_day_in_utc() {
        var errors = new InputErrors();
        assertEquals(
                Instant.parse("0001-01-01T00:00:00Z"), TimeValues.instantOrStartOfDay("0001-01-01", "from", errors));
        assertEquals(Instant.parse("9999-12-31T00:00:00Z"), TimeValues.instantOrStartOfDay("9999-12-31", "to", errors));
        assertEquals(
                Instant.parse("+10000-01-01T00:00:00Z"),
                TimeValues.instantOrEndOfDay("9999-12-31", "to", errors),
                "an exclusive end may lie past the last day, which is then included whole");
        assertEquals(
                Instant.parse("2026-11-20T08:00:00Z"),
                TimeValues.instantOrEndOfDay("2026-11-20T09:00:00+01:00", "to", errors));
        errors.throwIfAny();
    }

    @Test
    void instants_or_dates_outside_the_years_are_refused_in_either_form() {
        for (String outside : List.of(
                "0000-12-31",
                "+10000-01-01",
                "+999999999-12-31",
                "0000-12-31T23:59:59Z",
                "+999999999-12-31T23:59:59Z")) {
            assertEquals(
                    Map.of("to", List.of(YEARS)),
                    Refusals.of(e -> TimeValues.instantOrEndOfDay(outside, "to", e)),
                    outside);
            assertEquals(
                    Map.of("from", List.of(YEARS)),
                    Refusals.of(e -> TimeValues.instantOrStartOfDay(outside, "from", e)),
                    outside);
        }
        assertEquals(
                Map.of("from", List.of(TimeValues.NEITHER)),
                Refusals.of(e -> TimeValues.instantOrStartOfDay("yesterday", "from", e)));
        assertEquals(
                Map.of("from", List.of(TimeValues.NEITHER)),
                Refusals.of(e -> TimeValues.instantOrStartOfDay("2026-11-20T25:00:00Z", "from", e)));
    }
}
