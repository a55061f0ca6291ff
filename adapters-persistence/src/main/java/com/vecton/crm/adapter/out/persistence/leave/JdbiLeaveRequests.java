package com.vecton.crm.adapter.out.persistence.leave;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.LeaveRequests;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.DayHalf;
import com.vecton.crm.domain.leave.LeavePeriod;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestId;
import com.vecton.crm.domain.leave.LeaveRequestQuery;
import com.vecton.crm.domain.leave.LeaveStatus;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Leave requests (V40); rows mapped by hand.
 *
 * <p>Why {@link #insert} first takes a lock per user, as time entries do (V10): concurrent
 * exclusion checks of one user's rows can deadlock each other ({@code 40P01}); queued on a
 * transaction-scoped advisory lock, each check meets only committed rows and answers at once with
 * the violation. The exclusion constraint, not the lock, decides what is allowed.
 */
public final class JdbiLeaveRequests implements LeaveRequests {
    private static final String COLUMNS = """
            id, user_id, leave_type_id, start_date, end_date, start_half, end_half, days, reason, status,
            reviewed_by, reviewed_at, review_note, created_by, created_at, updated_at, version""";
    private static final String NO_OVERLAP = "leave_requests_no_overlap";
    private static final String FILTER = """
            (CAST(:user AS text) IS NULL OR user_id = :user)
              AND (CAST(:status AS text) IS NULL OR status = :status)
              AND (CAST(:from AS date) IS NULL OR end_date >= :from)
              AND (CAST(:to AS date) IS NULL OR start_date <= :to)""";

    private static final RowMapper<LeaveRequest> REQUEST = (rows, ctx) -> LeaveRequest.restore(
            new LeaveRequestId(rows.getLong("id")),
            new UserId(rows.getString("user_id")),
            new LeaveTypeId(rows.getLong("leave_type_id")),
            new LeavePeriod(
                    rows.getObject("start_date", LocalDate.class),
                    rows.getObject("end_date", LocalDate.class),
                    DayHalf.fromApi(rows.getString("start_half")),
                    DayHalf.fromApi(rows.getString("end_half"))),
            rows.getBigDecimal("days"),
            rows.getString("reason"),
            LeaveStatus.fromApi(rows.getString("status")),
            Columns.userId(rows, rows.findColumn("reviewed_by")),
            Columns.instant(rows, rows.findColumn("reviewed_at")),
            rows.getString("review_note"),
            Columns.userId(rows, rows.findColumn("created_by")),
            Columns.instant(rows, rows.findColumn("created_at")),
            Columns.instant(rows, rows.findColumn("updated_at")),
            rows.getLong("version"));

    private final Jdbi jdbi;

    public JdbiLeaveRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public LeaveRequestId nextId() {
        return new LeaveRequestId(jdbi.withHandle(
                handle -> handle.createQuery("SELECT nextval(pg_get_serial_sequence('leave_requests', 'id'))")
                        .mapTo(Long.class)
                        .one()));
    }

    @Override
    public void insert(LeaveRequest r) {
        try {
            jdbi.useHandle(handle -> {
                handle.createQuery(
                                "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('leave_requests:' || :user, 0))")
                        .bind("user", r.user().value())
                        .mapTo(Integer.class)
                        .one();
                bindAll(handle.createUpdate("""
                                INSERT INTO leave_requests (id, user_id, leave_type_id, start_date, end_date, start_half,
                                    end_half, days, reason, status, reviewed_by, reviewed_at, review_note, created_by,
                                    created_at, updated_at, version)
                                VALUES (:id, :user_id, :leave_type_id, :start_date, :end_date, :start_half, :end_half,
                                    :days, :reason, :status, :reviewed_by, :reviewed_at, :review_note, :created_by,
                                    :created_at, :updated_at, :version)"""), r).execute();
            });
        } catch (UnableToExecuteStatementException e) {
            if (Violations.constraint(e, Violations.EXCLUSION)
                    .filter(NO_OVERLAP::equals)
                    .isPresent()) {
                throw new RuleViolated(
                        LeaveRequest.OVERLAP, "The request overlaps another pending or approved request of the user.");
            }
            throw e;
        }
    }

    private static <S extends SqlStatement<S>> S bindAll(S row, LeaveRequest r) {
        return row.bind("id", r.id().value())
                .bind("user_id", r.user().value())
                .bind("leave_type_id", r.type().value())
                .bind("start_date", r.period().startDate())
                .bind("end_date", r.period().endDate())
                .bind("start_half", r.period().startHalf().apiName())
                .bind("end_half", r.period().endHalf().apiName())
                .bind("days", r.days())
                .bind("reason", r.reason().orElse(null))
                .bind("status", r.status().apiName())
                .bind("reviewed_by", r.reviewedBy().map(UserId::value).orElse(null))
                .bind("reviewed_at", Columns.timestamptz(r.reviewedAt().orElse(null)))
                .bind("review_note", r.reviewNote().orElse(null))
                .bind("created_by", r.createdBy().map(UserId::value).orElse(null))
                .bind("created_at", Columns.timestamptz(r.createdAt()))
                .bind("updated_at", Columns.timestamptz(r.updatedAt()))
                .bind("version", r.version());
    }

    @Override
    public Optional<LeaveRequest> lock(LeaveRequestId id) {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT " + COLUMNS + " FROM leave_requests WHERE id = :id FOR UPDATE")
                        .bind("id", id.value())
                        .map(REQUEST)
                        .findOne());
    }

    @Override
    public Optional<LeaveRequest> find(LeaveRequestId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM leave_requests WHERE id = :id")
                .bind("id", id.value())
                .map(REQUEST)
                .findOne());
    }

    @Override
    public void update(LeaveRequest r) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE leave_requests SET status = :status, reviewed_by = :reviewed_by, reviewed_at = :reviewed_at,
                            review_note = :review_note, updated_at = :updated_at, version = :version
                        WHERE id = :id""")
                .bind("id", r.id().value())
                .bind("status", r.status().apiName())
                .bind("reviewed_by", r.reviewedBy().map(UserId::value).orElse(null))
                .bind("reviewed_at", Columns.timestamptz(r.reviewedAt().orElse(null)))
                .bind("review_note", r.reviewNote().orElse(null))
                .bind("updated_at", Columns.timestamptz(r.updatedAt()))
                .bind("version", r.version())
                .execute());
    }

    @Override
    public Page<LeaveRequest> list(LeaveRequestQuery query, PageRequest page) {
        return jdbi.withHandle(handle -> {
            long counted = filtered(
                            handle.createQuery("SELECT count(*) FROM (SELECT 1 FROM leave_requests WHERE " + FILTER
                                    + " LIMIT :cap) AS m"),
                            query)
                    .bind("cap", Page.COUNTED_UP_TO + 1)
                    .mapTo(Long.class)
                    .one();
            var items = filtered(
                            handle.createQuery("SELECT " + COLUMNS + " FROM leave_requests WHERE " + FILTER
                                    + " ORDER BY start_date DESC, id DESC LIMIT :limit OFFSET :offset"),
                            query)
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .map(REQUEST)
                    .list();
            return Page.counted(items, page, counted);
        });
    }

    private static <S extends SqlStatement<S>> S filtered(S statement, LeaveRequestQuery q) {
        return statement
                .bindByType("user", q.owner().map(UserId::value).orElse(null), String.class)
                .bindByType("status", q.status() == null ? null : q.status().apiName(), String.class)
                .bindByType("from", q.from(), LocalDate.class)
                .bindByType("to", q.to(), LocalDate.class);
    }

    @Override
    public List<LeaveRequest> held(LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM leave_requests
                        WHERE status IN ('pending', 'approved') AND end_date >= :from AND start_date <= :to
                        ORDER BY user_id, start_date, id""")
                .bind("from", from)
                .bind("to", to)
                .map(REQUEST)
                .list());
    }

    @Override
    public boolean approvedOn(UserId user, LocalDate day) {
        long morning = day.toEpochDay() * 2;
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM leave_requests
                                       WHERE user_id = :user AND status = 'approved'
                                         AND int4range(first_slot, last_slot, '[]') && int4range(:morning, :afternoon, '[]'))""")
                .bind("user", user.value())
                .bind("morning", (int) morning)
                .bind("afternoon", (int) morning + 1)
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public BigDecimal pendingDays(UserId user, LeaveTypeId type, int year) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT coalesce(sum(days), 0) FROM leave_requests
                        WHERE user_id = :user AND leave_type_id = :type AND status = 'pending'
                          AND extract(year FROM start_date) = :year""")
                .bind("user", user.value())
                .bind("type", type.value())
                .bind("year", year)
                .mapTo(BigDecimal.class)
                .one());
    }
}
