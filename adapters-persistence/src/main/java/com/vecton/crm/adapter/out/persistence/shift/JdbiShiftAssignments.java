package com.vecton.crm.adapter.out.persistence.shift;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.ShiftAssignments;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftAssignmentId;
import com.vecton.crm.domain.shift.ShiftId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * Shift assignments (V41); rows mapped by hand. The user's lock is the one leave takes
 * ({@code JdbiLeaveRequests}): one key per user for every writer of their days.
 */
public final class JdbiShiftAssignments implements ShiftAssignments {
    private static final String COLUMNS = "id, user_id, shift_id, date, starts_at, ends_at";
    private static final RowMapper<ShiftAssignment> ASSIGNMENT = (rows, ctx) -> new ShiftAssignment(
            new ShiftAssignmentId(rows.getLong("id")),
            new UserId(rows.getString("user_id")),
            new ShiftId(rows.getLong("shift_id")),
            rows.getObject("date", LocalDate.class),
            Columns.instant(rows, rows.findColumn("starts_at")),
            Columns.instant(rows, rows.findColumn("ends_at")));

    private final Jdbi jdbi;

    public JdbiShiftAssignments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void lockUser(UserId user) {
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('leave_requests:' || :user, 0))")
                .bind("user", user.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public ShiftAssignment add(
            UserId user,
            ShiftId shift,
            LocalDate date,
            Instant startsAt,
            Instant endsAt,
            UserId createdBy,
            Instant at) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("""
                            INSERT INTO shift_assignments (user_id, shift_id, date, starts_at, ends_at, created_by, created_at)
                            VALUES (:user, :shift, :date, :starts, :ends, :createdBy, :at)
                            RETURNING\s""" + COLUMNS)
                    .bind("user", user.value())
                    .bind("shift", shift.value())
                    .bind("date", date)
                    .bind("starts", Columns.timestamptz(startsAt))
                    .bind("ends", Columns.timestamptz(endsAt))
                    .bind("createdBy", createdBy == null ? null : createdBy.value())
                    .bind("at", Columns.timestamptz(at))
                    .map(ASSIGNMENT)
                    .one());
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof PSQLException sql && "23P01".equals(sql.getSQLState())) {
                throw new RuleViolated(
                        ShiftAssignment.OVERLAP, "The shift overlaps another shift of " + user.value() + ".");
            }
            throw e;
        }
    }

    @Override
    public List<ShiftAssignment> overlapping(UserId user, Instant from, Instant to) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM shift_assignments
                        WHERE user_id = :user AND tstzrange(starts_at, ends_at, '[)') && tstzrange(:from, :to, '[)')
                        ORDER BY starts_at""")
                .bind("user", user.value())
                .bind("from", Columns.timestamptz(from))
                .bind("to", Columns.timestamptz(to))
                .map(ASSIGNMENT)
                .list());
    }

    @Override
    public List<ShiftAssignment> between(LocalDate from, LocalDate to, UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM shift_assignments
                        WHERE date BETWEEN :from AND :to AND (CAST(:user AS text) IS NULL OR user_id = :user)
                        ORDER BY date, user_id, starts_at, id""")
                .bind("from", from)
                .bind("to", to)
                .bindByType("user", user == null ? null : user.value(), String.class)
                .map(ASSIGNMENT)
                .list());
    }

    @Override
    public Optional<ShiftAssignment> find(ShiftAssignmentId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM shift_assignments WHERE id = :id")
                        .bind("id", id.value())
                        .map(ASSIGNMENT)
                        .findOne());
    }

    @Override
    public Optional<ShiftAssignment> remove(ShiftAssignmentId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("DELETE FROM shift_assignments WHERE id = :id RETURNING " + COLUMNS)
                        .bind("id", id.value())
                        .map(ASSIGNMENT)
                        .findOne());
    }

    @Override
    public void removeAll(List<ShiftAssignmentId> ids) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM shift_assignments WHERE id = ANY (:ids)")
                .bindArray(
                        "ids",
                        Long.class,
                        ids.stream().map(ShiftAssignmentId::value).toList())
                .execute());
    }
}
