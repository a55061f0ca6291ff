package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.access.UserId;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of a user's leave ledger for one type and year: append-only, the balance is their sum. */
public record LedgerEntry(
        UserId user,
        LeaveTypeId type,
        int year,
        Kind kind,
        BigDecimal days,
        LeaveRequestId request,
        String note,
        UserId createdBy,
        Instant at) {
    /** The longest note of a row; the use case that adjusts a balance checks it. */
    public static final int MAX_NOTE = 2_000;

    /** Why the row was written. */
    public enum Kind {
        APPROVAL("approval"),
        CANCELLATION("cancellation"),
        ALLOCATION("allocation"),
        ADJUSTMENT("adjustment");

        private final String apiName;

        Kind(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        public static Kind fromApi(String name) {
            for (Kind kind : values()) {
                if (kind.apiName.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a ledger kind: " + name);
        }
    }
}
