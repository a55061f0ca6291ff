package com.vecton.crm.domain.leave;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a leave request and, in one table, the transitions between them (the original's
 * {@code LeaveRequest::TRANSITIONS}): its troubleshooting guide records state checks written ad hoc
 * ({@code status === 'pending'}) that disagreed with each other. Every change of status asks
 * {@link #canTransitionTo}; nothing else decides it.
 */
public enum LeaveStatus {
    PENDING("pending"),
    APPROVED("approved"),
    REJECTED("rejected"),
    CANCELLED("cancelled");

    private static final Map<LeaveStatus, Set<LeaveStatus>> TRANSITIONS = Map.of(
            PENDING, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(CANCELLED),
            REJECTED, EnumSet.noneOf(LeaveStatus.class),
            CANCELLED, EnumSet.noneOf(LeaveStatus.class));

    private final String apiName;

    LeaveStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public boolean canTransitionTo(LeaveStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Where a request in this state may go, in declaration order. */
    public Set<LeaveStatus> allowed() {
        return Set.copyOf(TRANSITIONS.get(this));
    }

    /** Whether a request in this state holds its days: it counts against overlaps (and pending balance). */
    public boolean isHeld() {
        return this == PENDING || this == APPROVED;
    }

    public static LeaveStatus fromApi(String name) {
        for (LeaveStatus status : values()) {
            if (status.apiName.equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("not a leave status: " + name);
    }

    public static boolean isKnown(String name) {
        for (LeaveStatus status : values()) {
            if (status.apiName.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
