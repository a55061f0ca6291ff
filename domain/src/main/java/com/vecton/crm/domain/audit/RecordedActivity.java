package com.vecton.crm.domain.audit;

/**
 * An entry of the audit trail as read back, with the id the trail gave it. Values in its changes
 * are as stored (texts, numbers, booleans, {@code null}; instants and dates as ISO-8601 text).
 */
public record RecordedActivity(long id, ActivityEntry entry) {
    public RecordedActivity {
        if (id < 1 || entry == null) {
            throw new IllegalArgumentException("a recorded activity has a positive id and an entry");
        }
    }
}
