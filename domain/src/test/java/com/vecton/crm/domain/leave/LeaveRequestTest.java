package com.vecton.crm.domain.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.calendar.WorkingDays;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The leave state machine as data, the half-day periods and the days they take. */
class LeaveRequestTest {
    private static final UserId ALICE = new UserId("u-alice");
    private static final UserId BOB = new UserId("u-bob");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final WorkingDays WEEKDAYS = WorkingDays.mondayToFriday(Set.of());

    private static LeaveType type(boolean requiresApproval) {
        return new LeaveType(
                new LeaveTypeId(1),
                new LeaveType.Details("Annual", new BigDecimal("20"), false, requiresApproval, true));
    }

    private static LeaveRequest pending() {
        var period = new LeavePeriod(MONDAY, MONDAY.plusDays(4), DayHalf.FULL, DayHalf.FULL);
        return LeaveRequest.submit(
                new LeaveRequestId(1), ALICE, type(true), period, period.days(WEEKDAYS), null, ALICE, NOW);
    }

    @Test
    void the_transition_table_is_the_one_of_the_original() {
        assertEquals(
                EnumSet.of(LeaveStatus.APPROVED, LeaveStatus.REJECTED, LeaveStatus.CANCELLED),
                EnumSet.copyOf(LeaveStatus.PENDING.allowed()));
        assertEquals(Set.of(LeaveStatus.CANCELLED), LeaveStatus.APPROVED.allowed());
        assertEquals(Set.of(), LeaveStatus.REJECTED.allowed());
        assertEquals(Set.of(), LeaveStatus.CANCELLED.allowed());
        for (var from : LeaveStatus.values()) {
            assertFalse(from.canTransitionTo(LeaveStatus.PENDING), from + " never goes back to pending");
            assertFalse(from.canTransitionTo(from), from + " is no transition to itself");
        }
    }

    @Test
    void a_type_without_review_is_approved_on_submission() {
        var period = new LeavePeriod(MONDAY, MONDAY, DayHalf.FULL, DayHalf.FULL);
        var request = LeaveRequest.submit(
                new LeaveRequestId(1), ALICE, type(false), period, BigDecimal.ONE, null, ALICE, NOW);
        assertEquals(LeaveStatus.APPROVED, request.status());
        assertEquals(LeaveStatus.PENDING, pending().status());
    }

    @Test
    void a_reviewer_approves_or_rejects_a_pending_request_and_nothing_leaves_rejected_or_cancelled() {
        var approved = pending().approve(BOB, "enjoy", NOW);
        assertEquals(LeaveStatus.APPROVED, approved.status());
        assertEquals(BOB, approved.reviewedBy().orElseThrow());
        assertEquals(2, approved.version());
        var again = assertThrows(RuleViolated.class, () -> approved.approve(BOB, null, NOW));
        assertEquals(LeaveRequest.INVALID_TRANSITION, again.code());
        assertTrue(again.getMessage().contains("approved"), again.getMessage());
        assertTrue(again.getMessage().contains("cancelled"), again.getMessage());

        var rejected = pending().reject(BOB, "busy week", NOW);
        for (var next : java.util.List.<Runnable>of(
                () -> rejected.approve(BOB, null, NOW),
                () -> rejected.reject(BOB, null, NOW),
                () -> rejected.cancel(ALICE, false, null, MONDAY.minusDays(3), NOW))) {
            assertEquals(
                    LeaveRequest.INVALID_TRANSITION,
                    assertThrows(RuleViolated.class, next::run).code());
        }
        var cancelled = pending().cancel(ALICE, false, null, MONDAY.minusDays(3), NOW);
        assertEquals(LeaveStatus.CANCELLED, cancelled.status());
        assertThrows(RuleViolated.class, () -> cancelled.approve(BOB, null, NOW));
        assertThrows(RuleViolated.class, () -> cancelled.cancel(BOB, true, null, MONDAY, NOW));
    }

    @Test
    void nobody_reviews_their_own_request() {
        assertEquals(
                LeaveRequest.OWN_REQUEST,
                assertThrows(Forbidden.class, () -> pending().approve(ALICE, null, NOW))
                        .code());
        assertEquals(
                LeaveRequest.OWN_REQUEST,
                assertThrows(Forbidden.class, () -> pending().reject(ALICE, null, NOW))
                        .code());
    }

    @Test
    void an_approved_request_is_cancelled_by_its_requester_only_before_its_start_and_by_a_reviewer_at_any_time() {
        var approved = pending().approve(BOB, null, NOW);
        assertEquals(
                LeaveStatus.CANCELLED,
                approved.cancel(ALICE, false, null, MONDAY.minusDays(1), NOW).status());
        var late = assertThrows(RuleViolated.class, () -> approved.cancel(ALICE, false, null, MONDAY, NOW));
        assertEquals(LeaveRequest.INVALID_TRANSITION, late.code());
        assertEquals(
                LeaveStatus.CANCELLED,
                approved.cancel(BOB, true, "plans changed", MONDAY.plusDays(2), NOW)
                        .status());
    }

    @Test
    void days_count_working_days_with_halves_as_half_and_skip_weekends_and_holidays() {
        var holiday = MONDAY.plusDays(2);
        var days = WorkingDays.mondayToFriday(Set.of(holiday));
        // Monday afternoon to the next Monday morning: 0.5 + Tue + (Wed holiday) + Thu + Fri + 0.5.
        var period = new LeavePeriod(MONDAY, MONDAY.plusDays(7), DayHalf.PM, DayHalf.AM);
        assertEquals(new BigDecimal("4.0"), period.days(days));
        assertEquals(new BigDecimal("0.5"), new LeavePeriod(MONDAY, MONDAY, DayHalf.AM, DayHalf.AM).days(days));
        assertEquals(new BigDecimal("1.0"), new LeavePeriod(MONDAY, MONDAY, null, null).days(days));
        var weekend = new LeavePeriod(MONDAY.minusDays(2), MONDAY.minusDays(1), null, null);
        assertEquals(
                LeaveRequest.NO_WORKING_DAYS,
                assertThrows(RuleViolated.class, () -> weekend.days(days)).code());
        var onTheHoliday = new LeavePeriod(holiday, holiday, null, null);
        assertThrows(RuleViolated.class, () -> onTheHoliday.days(days));
    }

    @Test
    void a_morning_and_an_afternoon_of_one_day_fit_side_by_side_a_full_day_and_a_half_do_not() {
        var morning = new LeavePeriod(MONDAY, MONDAY, DayHalf.AM, DayHalf.AM);
        var afternoon = new LeavePeriod(MONDAY, MONDAY, DayHalf.PM, DayHalf.PM);
        var fullDay = new LeavePeriod(MONDAY, MONDAY, DayHalf.FULL, DayHalf.FULL);
        assertFalse(morning.overlaps(afternoon));
        assertTrue(fullDay.overlaps(morning));
        assertTrue(fullDay.overlaps(afternoon));
        assertEquals(DayHalf.AM, morning.partOf(MONDAY));
        assertEquals(null, morning.partOf(MONDAY.plusDays(1)));
        // Ending a week in the morning and the next starting that afternoon: no overlap.
        var first = new LeavePeriod(MONDAY.minusDays(3), MONDAY, DayHalf.FULL, DayHalf.AM);
        var second = new LeavePeriod(MONDAY, MONDAY.plusDays(2), DayHalf.PM, DayHalf.FULL);
        assertFalse(first.overlaps(second));
        assertEquals(DayHalf.AM, first.endHalf());
        assertEquals(DayHalf.PM, second.startHalf());
    }

    @Test
    void halves_are_normalised_and_impossible_periods_refused() {
        var morning = new LeavePeriod(MONDAY, MONDAY, DayHalf.AM, DayHalf.FULL);
        assertEquals(DayHalf.AM, morning.endHalf());
        assertTrue(morning.isHalfDay());
        var afternoon = new LeavePeriod(MONDAY, MONDAY, DayHalf.FULL, DayHalf.PM);
        assertEquals(DayHalf.PM, afternoon.startHalf());
        var week = new LeavePeriod(MONDAY, MONDAY.plusDays(4), DayHalf.AM, DayHalf.PM);
        assertEquals(DayHalf.FULL, week.startHalf());
        assertEquals(DayHalf.FULL, week.endHalf());
        var backwards =
                assertThrows(ValidationFailed.class, () -> new LeavePeriod(MONDAY, MONDAY.minusDays(1), null, null));
        assertTrue(backwards.errors().containsKey("end_date"));
        var inverted =
                assertThrows(ValidationFailed.class, () -> new LeavePeriod(MONDAY, MONDAY, DayHalf.PM, DayHalf.AM));
        assertTrue(inverted.errors().containsKey("end_half"));
    }

    @Provide
    Arbitrary<LeavePeriod> periods() {
        var start = Arbitraries.integers().between(0, 60).map(MONDAY::plusDays);
        var length = Arbitraries.integers().between(0, 20);
        var half = Arbitraries.of(DayHalf.class);
        return net.jqwik.api.Combinators.combine(start, length, half, half)
                .as((s, l, a, b) -> new LeavePeriod(s, s.plusDays(l), a, l == 0 && a == DayHalf.PM ? DayHalf.PM : b));
    }

    @Property
    void periods_overlap_exactly_when_they_share_a_covered_half_day(
            @ForAll("periods") LeavePeriod a, @ForAll("periods") LeavePeriod b) {
        boolean shared = false;
        for (long slot = a.firstSlot(); slot <= a.lastSlot(); slot++) {
            shared |= b.firstSlot() <= slot && slot <= b.lastSlot();
        }
        assertEquals(shared, a.overlaps(b));
        assertEquals(a.overlaps(b), b.overlaps(a));
    }

    @Property
    void the_days_of_a_period_are_the_sum_of_its_parts_per_day(@ForAll("periods") LeavePeriod period) {
        long halves = 0;
        for (var day = period.startDate(); !day.isAfter(period.endDate()); day = day.plusDays(1)) {
            var part = period.partOf(day);
            if (WEEKDAYS.isWorkingDay(day) && part != null) {
                halves += part == DayHalf.FULL ? 2 : 1;
            }
        }
        assertEquals(halves, period.workingHalves(WEEKDAYS));
    }
}
