package com.vecton.crm.adapter.out.persistence.leave;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.LeaveLedger;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.leave.LedgerEntry;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The leave ledger (V40): insert-only (a trigger refuses updates and deletes). */
public final class JdbiLeaveLedger implements LeaveLedger {
    private final Jdbi jdbi;

    public JdbiLeaveLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Held until the transaction ends; the key space is shared with other advisory locks, hence the prefix. */
    @Override
    public void lock(UserId user, LeaveTypeId type) {
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('leave_balance:' || :user || ':' || :type, 0))")
                .bind("user", user.value())
                .bind("type", String.valueOf(type.value()))
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void append(LedgerEntry e) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO leave_ledger (user_id, leave_type_id, year, kind, days, leave_request_id, note,
                                                  created_by, created_at)
                        VALUES (:user, :type, :year, :kind, :days, :request, :note, :createdBy, :at)""")
                .bind("user", e.user().value())
                .bind("type", e.type().value())
                .bind("year", e.year())
                .bind("kind", e.kind().apiName())
                .bind("days", e.days())
                .bindByType("request", e.request() == null ? null : e.request().value(), Long.class)
                .bind("note", e.note())
                .bind("createdBy", e.createdBy() == null ? null : e.createdBy().value())
                .bind("at", Columns.timestamptz(e.at()))
                .execute());
    }

    @Override
    public Map<LedgerEntry.Kind, BigDecimal> sums(UserId user, LeaveTypeId type, int year) {
        var sums = new EnumMap<LedgerEntry.Kind, BigDecimal>(LedgerEntry.Kind.class);
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT kind, sum(days) AS days FROM leave_ledger
                        WHERE user_id = :user AND leave_type_id = :type AND year = :year
                        GROUP BY kind""")
                .bind("user", user.value())
                .bind("type", type.value())
                .bind("year", year)
                .map((rows, ctx) ->
                        Map.entry(LedgerEntry.Kind.fromApi(rows.getString("kind")), rows.getBigDecimal("days")))
                .forEach(entry -> sums.put(entry.getKey(), entry.getValue())));
        return sums;
    }
}
