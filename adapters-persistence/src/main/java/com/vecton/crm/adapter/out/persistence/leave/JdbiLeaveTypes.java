package com.vecton.crm.adapter.out.persistence.leave;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Leave types (V40); rows mapped by hand. */
public final class JdbiLeaveTypes implements LeaveTypes {
    private static final String COLUMNS =
            "id, name, yearly_allowance_days, allow_negative, requires_approval, half_days_allowed";
    private static final RowMapper<LeaveType> TYPE = (rows, ctx) -> new LeaveType(
            new LeaveTypeId(rows.getLong("id")),
            new LeaveType.Details(
                    rows.getString("name"),
                    rows.getBigDecimal("yearly_allowance_days"),
                    rows.getBoolean("allow_negative"),
                    rows.getBoolean("requires_approval"),
                    rows.getBoolean("half_days_allowed")));

    private final Jdbi jdbi;

    public JdbiLeaveTypes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public LeaveType add(LeaveType.Details d, UserId createdBy, Instant at) {
        return named(
                d,
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO leave_types (name, yearly_allowance_days, allow_negative, requires_approval,
                                                 half_days_allowed, created_by, created_at, updated_at)
                        VALUES (:name, :allowance, :negative, :approval, :halves, :createdBy, :at, :at)
                        RETURNING\s""" + COLUMNS)
                        .bind("name", d.name())
                        .bind("allowance", d.yearlyAllowanceDays())
                        .bind("negative", d.allowNegative())
                        .bind("approval", d.requiresApproval())
                        .bind("halves", d.halfDaysAllowed())
                        .bind("createdBy", createdBy == null ? null : createdBy.value())
                        .bind("at", Columns.timestamptz(at))
                        .map(TYPE)
                        .one()));
    }

    @Override
    public Optional<LeaveType> replace(LeaveTypeId id, LeaveType.Details d, Instant at) {
        return named(
                d,
                () -> jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE leave_types SET name = :name, yearly_allowance_days = :allowance,
                               allow_negative = :negative, requires_approval = :approval,
                               half_days_allowed = :halves, updated_at = :at
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                        .bind("id", id.value())
                        .bind("name", d.name())
                        .bind("allowance", d.yearlyAllowanceDays())
                        .bind("negative", d.allowNegative())
                        .bind("approval", d.requiresApproval())
                        .bind("halves", d.halfDaysAllowed())
                        .bind("at", Columns.timestamptz(at))
                        .map(TYPE)
                        .findOne()));
    }

    private static <T> T named(LeaveType.Details d, Supplier<T> write) {
        try {
            return write.get();
        } catch (UnableToExecuteStatementException e) {
            if (Violations.constraint(e, Violations.UNIQUE).isPresent()) {
                throw new RuleViolated(LeaveType.NAME_TAKEN, "Another leave type is named " + d.name() + ".");
            }
            throw e;
        }
    }

    @Override
    public Optional<LeaveType> find(LeaveTypeId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM leave_types WHERE id = :id")
                .bind("id", id.value())
                .map(TYPE)
                .findOne());
    }

    @Override
    public List<LeaveType> all() {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM leave_types ORDER BY lower(name), id")
                        .map(TYPE)
                        .list());
    }
}
