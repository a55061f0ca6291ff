package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.leave.LedgerEntry;
import java.math.BigDecimal;
import java.util.Map;

/** The append-only leave balance ledger. */
public interface LeaveLedger {

    /**
     * Queues the writers of one user's balance of one type until the transaction ends, so that a
     * check of the balance and the row that spends it are one step (two approvals racing for the
     * last days: the second sees the first's row).
     */
    void lock(UserId user, LeaveTypeId type);

    void append(LedgerEntry entry);

    /** The sum of the user's rows of one type and year, by kind. */
    Map<LedgerEntry.Kind, BigDecimal> sums(UserId user, LeaveTypeId type, int year);
}
