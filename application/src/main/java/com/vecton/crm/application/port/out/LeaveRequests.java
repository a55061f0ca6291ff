package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestId;
import com.vecton.crm.domain.leave.LeaveRequestQuery;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Leave requests: one user's never overlap while pending or approved (the store guarantees it). */
public interface LeaveRequests {

    LeaveRequestId nextId();

    /**
     * Stores a new request, after queueing on the user's writers (inside a transaction).
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code leave_overlap} when it overlaps one
     *         of the user's pending or approved requests, also one committed a moment ago
     */
    void insert(LeaveRequest request);

    /** The request under its row lock, for a change (inside a transaction). */
    Optional<LeaveRequest> lock(LeaveRequestId id);

    Optional<LeaveRequest> find(LeaveRequestId id);

    /** Writes a changed status and review. */
    void update(LeaveRequest request);

    /** Newest start first. */
    Page<LeaveRequest> list(LeaveRequestQuery query, PageRequest page);

    /** Pending and approved requests touching {@code from}..{@code to}, by user and start. */
    List<LeaveRequest> held(LocalDate from, LocalDate to);

    /** Whether any approved request of the user covers part of this day. */
    boolean approvedOn(UserId user, LocalDate day);

    /** Days of a user's pending requests of one type starting in one year. */
    BigDecimal pendingDays(UserId user, LeaveTypeId type, int year);
}
