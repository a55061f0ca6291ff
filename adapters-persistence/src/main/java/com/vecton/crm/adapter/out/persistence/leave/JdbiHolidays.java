package com.vecton.crm.adapter.out.persistence.leave;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.calendar.WorkingDays;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.HolidayId;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Holidays and the tenant's calendar settings (V40); rows mapped by hand. Without the settings row
 * (a database emptied by hand) the defaults hold: Monday to Friday, UTC.
 */
public final class JdbiHolidays implements Holidays {
    private static final RowMapper<Holiday> HOLIDAY = (rows, ctx) -> new Holiday(
            new HolidayId(rows.getLong("id")), rows.getObject("date", LocalDate.class), rows.getString("name"));

    private final Jdbi jdbi;

    public JdbiHolidays(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, date, name FROM holidays
                        WHERE (CAST(:from AS date) IS NULL OR date >= :from)
                          AND (CAST(:to AS date) IS NULL OR date <= :to)
                        ORDER BY date""")
                .bindByType("from", from, LocalDate.class)
                .bindByType("to", to, LocalDate.class)
                .map(HOLIDAY)
                .list());
    }

    @Override
    public Holiday add(Holiday.Details details, UserId createdBy, Instant at) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("""
                            INSERT INTO holidays (date, name, created_by, created_at)
                            VALUES (:date, :name, :createdBy, :at)
                            RETURNING id, date, name""")
                    .bind("date", details.date())
                    .bind("name", details.name())
                    .bind("createdBy", createdBy == null ? null : createdBy.value())
                    .bind("at", Columns.timestamptz(at))
                    .map(HOLIDAY)
                    .one());
        } catch (UnableToExecuteStatementException e) {
            if (Violations.constraint(e, Violations.UNIQUE).isPresent()) {
                throw new RuleViolated(Holiday.DATE_TAKEN, "There is a holiday on " + details.date() + " already.");
            }
            throw e;
        }
    }

    @Override
    public Optional<Holiday> find(HolidayId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id, date, name FROM holidays WHERE id = :id")
                .bind("id", id.value())
                .map(HOLIDAY)
                .findOne());
    }

    @Override
    public Optional<Holiday> remove(HolidayId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("DELETE FROM holidays WHERE id = :id RETURNING id, date, name")
                        .bind("id", id.value())
                        .map(HOLIDAY)
                        .findOne());
    }

    @Override
    public WorkingDays workingDays() {
        return jdbi.withHandle(handle -> {
            var weekdays = EnumSet.noneOf(DayOfWeek.class);
            var stored = handle.createQuery("SELECT working_weekdays FROM tenant_calendar")
                    .map((rows, ctx) -> (Object[]) rows.getArray(1).getArray())
                    .findOne();
            if (stored.isEmpty()) {
                weekdays.addAll(WorkingDays.MONDAY_TO_FRIDAY);
            } else {
                for (Object day : stored.get()) {
                    weekdays.add(DayOfWeek.of(((Number) day).intValue()));
                }
            }
            var dates = new HashSet<LocalDate>(handle.createQuery("SELECT date FROM holidays")
                    .mapTo(LocalDate.class)
                    .list());
            return new WorkingDays(weekdays, dates);
        });
    }

    @Override
    public ZoneId timezone() {
        return ZoneId.of(jdbi.withHandle(handle -> handle.createQuery("SELECT timezone FROM tenant_calendar")
                .mapTo(String.class)
                .findOne()
                .orElse("UTC")));
    }
}
