package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.RuleViolated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A user's request for leave of one type over a {@link LeavePeriod}, and its review. Its status
 * changes only through {@link #approve}, {@link #reject} and {@link #cancel}, each asking the
 * table of {@link LeaveStatus} first; the days are derived when it is submitted and kept.
 */
public final class LeaveRequest {
    public static final String INVALID_TRANSITION = "invalid_transition";
    public static final String OWN_REQUEST = "own_request";
    public static final String OVERLAP = "leave_overlap";
    public static final String INSUFFICIENT_BALANCE = "insufficient_balance";
    public static final String NO_WORKING_DAYS = "no_working_days";
    /** Approving leave that covers assigned shifts, without asking for them to be removed. */
    public static final String SHIFTS_ASSIGNED = "shifts_assigned";

    public static final int MAX_REASON = 2_000;
    public static final int MAX_REVIEW_NOTE = 2_000;

    private final LeaveRequestId id;
    private final UserId user;
    private final LeaveTypeId type;
    private final LeavePeriod period;
    private final BigDecimal days;
    private final String reason;
    private final LeaveStatus status;
    private final UserId reviewedBy;
    private final Instant reviewedAt;
    private final String reviewNote;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private LeaveRequest(
            LeaveRequestId id,
            UserId user,
            LeaveTypeId type,
            LeavePeriod period,
            BigDecimal days,
            String reason,
            LeaveStatus status,
            UserId reviewedBy,
            Instant reviewedAt,
            String reviewNote,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.user = user;
        this.type = type;
        this.period = period;
        this.days = days;
        this.reason = reason;
        this.status = status;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.reviewNote = reviewNote;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * A new request: pending, or approved at once when its type needs no review (then with no
     * reviewer).
     */
    public static LeaveRequest submit(
            LeaveRequestId id,
            UserId user,
            LeaveType type,
            LeavePeriod period,
            BigDecimal days,
            String reason,
            UserId createdBy,
            Instant at) {
        var status = type.details().requiresApproval() ? LeaveStatus.PENDING : LeaveStatus.APPROVED;
        return new LeaveRequest(
                id, user, type.id(), period, days, reason, status, null, null, null, createdBy, at, at, 1);
    }

    public static LeaveRequest restore(
            LeaveRequestId id,
            UserId user,
            LeaveTypeId type,
            LeavePeriod period,
            BigDecimal days,
            String reason,
            LeaveStatus status,
            UserId reviewedBy,
            Instant reviewedAt,
            String reviewNote,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new LeaveRequest(
                id,
                user,
                type,
                period,
                days,
                reason,
                status,
                reviewedBy,
                reviewedAt,
                reviewNote,
                createdBy,
                createdAt,
                updatedAt,
                version);
    }

    /**
     * Approved by a reviewer other than the requester.
     *
     * @throws RuleViolated {@code invalid_transition} unless pending
     * @throws Forbidden {@code own_request} when the reviewer is the requester
     */
    public LeaveRequest approve(UserId reviewer, String note, Instant at) {
        return reviewed(LeaveStatus.APPROVED, reviewer, note, at);
    }

    /** Rejected by a reviewer other than the requester; refused as {@link #approve} is. */
    public LeaveRequest reject(UserId reviewer, String note, Instant at) {
        return reviewed(LeaveStatus.REJECTED, reviewer, note, at);
    }

    private LeaveRequest reviewed(LeaveStatus next, UserId reviewer, String note, Instant at) {
        requireTransition(next);
        if (reviewer.equals(user)) {
            throw new Forbidden(OWN_REQUEST, "Nobody reviews their own leave request.");
        }
        return new LeaveRequest(
                id, user, type, period, days, reason, next, reviewer, at, note, createdBy, createdAt, at, version + 1);
    }

    /**
     * Cancelled: a pending one by anybody who may act on it; an approved one by its requester only
     * before its start date, by a reviewer at any time.
     *
     * @param byReviewer whether the actor may review leave ({@code leaves.review} or {@code leaves.manage})
     * @param today      the requester's calendar day now
     * @throws RuleViolated {@code invalid_transition} when the table or the start date forbids it
     */
    public LeaveRequest cancel(UserId actor, boolean byReviewer, String note, LocalDate today, Instant at) {
        requireTransition(LeaveStatus.CANCELLED);
        if (status == LeaveStatus.APPROVED && !byReviewer && !today.isBefore(period.startDate())) {
            throw new RuleViolated(
                    INVALID_TRANSITION,
                    "An approved leave request can be cancelled by its requester only before its start date "
                            + period.startDate() + "; a reviewer can cancel it.");
        }
        var by = byReviewer && !actor.equals(user) ? actor : reviewedBy;
        var when = byReviewer && !actor.equals(user) ? at : reviewedAt;
        var text = note != null ? note : reviewNote;
        return new LeaveRequest(
                id,
                user,
                type,
                period,
                days,
                reason,
                LeaveStatus.CANCELLED,
                by,
                when,
                text,
                createdBy,
                createdAt,
                at,
                version + 1);
    }

    private void requireTransition(LeaveStatus next) {
        if (!status.canTransitionTo(next)) {
            var allowed = status.allowed().isEmpty()
                    ? "none"
                    : status.allowed().stream()
                            .sorted()
                            .map(LeaveStatus::apiName)
                            .collect(Collectors.joining(", "));
            throw new RuleViolated(
                    INVALID_TRANSITION,
                    "The leave request is " + status.apiName() + "; it cannot become " + next.apiName()
                            + " (allowed from " + status.apiName() + ": " + allowed + ").");
        }
    }

    public LeaveRequestId id() {
        return id;
    }

    public UserId user() {
        return user;
    }

    public LeaveTypeId type() {
        return type;
    }

    public LeavePeriod period() {
        return period;
    }

    public BigDecimal days() {
        return days;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public LeaveStatus status() {
        return status;
    }

    public Optional<UserId> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Optional<String> reviewNote() {
        return Optional.ofNullable(reviewNote);
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
