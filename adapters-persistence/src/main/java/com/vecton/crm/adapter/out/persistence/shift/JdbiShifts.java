package com.vecton.crm.adapter.out.persistence.shift;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.Shifts;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/** Shift templates (V41); rows mapped by hand. */
public final class JdbiShifts implements Shifts {
    private static final String COLUMNS = "id, name, start_time, end_time, break_minutes, color";
    private static final RowMapper<Shift> SHIFT = (rows, ctx) -> new Shift(
            new ShiftId(rows.getLong("id")),
            new Shift.Details(
                    rows.getString("name"),
                    rows.getObject("start_time", LocalTime.class),
                    rows.getObject("end_time", LocalTime.class),
                    rows.getInt("break_minutes"),
                    rows.getString("color")));

    private final Jdbi jdbi;

    public JdbiShifts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Shift add(Shift.Details d, UserId createdBy, Instant at) {
        return named(
                d,
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO shifts (name, start_time, end_time, break_minutes, color, created_by, created_at, updated_at)
                        VALUES (:name, :start, :end, :break, :color, :createdBy, :at, :at)
                        RETURNING\s""" + COLUMNS)
                        .bind("name", d.name())
                        .bind("start", d.start())
                        .bind("end", d.end())
                        .bind("break", d.breakMinutes())
                        .bind("color", d.color())
                        .bind("createdBy", createdBy == null ? null : createdBy.value())
                        .bind("at", Columns.timestamptz(at))
                        .map(SHIFT)
                        .one()));
    }

    @Override
    public Optional<Shift> replace(ShiftId id, Shift.Details d, Instant at) {
        return named(
                d,
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE shifts SET name = :name, start_time = :start, end_time = :end, break_minutes = :break,
                               color = :color, updated_at = :at
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                        .bind("id", id.value())
                        .bind("name", d.name())
                        .bind("start", d.start())
                        .bind("end", d.end())
                        .bind("break", d.breakMinutes())
                        .bind("color", d.color())
                        .bind("at", Columns.timestamptz(at))
                        .map(SHIFT)
                        .findOne()));
    }

    private static <T> T named(Shift.Details d, Supplier<T> write) {
        try {
            return write.get();
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof PSQLException sql && "23505".equals(sql.getSQLState())) {
                throw new RuleViolated(Shift.NAME_TAKEN, "Another shift is named " + d.name() + ".");
            }
            throw e;
        }
    }

    @Override
    public Optional<Shift> find(ShiftId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM shifts WHERE id = :id")
                .bind("id", id.value())
                .map(SHIFT)
                .findOne());
    }

    @Override
    public List<Shift> all() {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM shifts ORDER BY lower(name), id")
                        .map(SHIFT)
                        .list());
    }

    @Override
    public Optional<Shift> remove(ShiftId id) {
        try {
            return jdbi.withHandle(
                    handle -> handle.createQuery("DELETE FROM shifts WHERE id = :id RETURNING " + COLUMNS)
                            .bind("id", id.value())
                            .map(SHIFT)
                            .findOne());
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof PSQLException sql && "23503".equals(sql.getSQLState())) {
                throw new RuleViolated(Shift.IN_USE, "Assignments name shift " + id + "; remove them first.");
            }
            throw e;
        }
    }
}
