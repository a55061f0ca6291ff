package com.vecton.crm.domain.sync;

/**
 * A place in a changes feed, which lists records in the order of the transaction that last wrote
 * them and then of their id: {@code (xid, id)} is "after the change of record {@code id} written
 * by transaction {@code xid}". Transaction ids are Postgres's 64-bit {@code xid8}, which never
 * wrap; rows written before the feed existed carry 0.
 */
public record ChangePosition(long xid, long id) implements Comparable<ChangePosition> {
    /** Before every change: where a client without a cursor starts. */
    public static final ChangePosition START = new ChangePosition(0, 0);

    public ChangePosition {
        if (xid < 0 || id < 0) {
            throw new IllegalArgumentException("a feed position is two non-negative numbers");
        }
    }

    /**
     * Past every change written by a transaction older than {@code horizon} and before every one
     * written by it or later (ids start at 1): where a client that has seen everything below a
     * horizon goes on from.
     */
    public static ChangePosition below(long horizon) {
        return new ChangePosition(horizon, 0);
    }

    @Override
    public int compareTo(ChangePosition other) {
        int byXid = Long.compare(xid, other.xid);
        return byXid != 0 ? byXid : Long.compare(id, other.id);
    }

    /** The later of the two. */
    public ChangePosition max(ChangePosition other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
