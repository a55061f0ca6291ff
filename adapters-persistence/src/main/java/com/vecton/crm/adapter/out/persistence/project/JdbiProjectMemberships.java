package com.vecton.crm.adapter.out.persistence.project;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.ProjectMemberships;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.MemberRole;
import com.vecton.crm.domain.project.Membership;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * {@link ProjectMemberships} as rows of {@code project_members} (V7). Joins the caller's
 * transaction when there is one. The partial unique index {@code project_members_live_uq} is what
 * finally keeps a user from being a live member twice; its violation becomes {@code already_a_member}.
 */
public final class JdbiProjectMemberships implements ProjectMemberships {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String LIVE_KEY = "project_members_live_uq";

    /** The live row first, else the most recently removed one. */
    private static final String CURRENT_ROW = """
            SELECT id
            FROM project_members
            WHERE project_id = :projectId AND user_id = :userId
            ORDER BY deleted_at IS NOT NULL, deleted_at DESC, id DESC
            LIMIT 1""";

    private static final String FIND = """
            SELECT project_id, user_id, role, added_at, deleted_at
            FROM project_members
            WHERE id = (""" + CURRENT_ROW + ")";

    private static final String UPDATE_CURRENT = """
            UPDATE project_members
            SET role = :role, added_at = :addedAt, deleted_at = :deletedAt
            WHERE id = (""" + CURRENT_ROW + ")";

    private static final String INSERT = """
            INSERT INTO project_members (project_id, user_id, role, added_at, deleted_at)
            VALUES (:projectId, :userId, :role, :addedAt, :deletedAt)""";

    /** Live members with what the user mirror knows of them; ordered by folded name, then id. */
    private static final String MEMBER_COLUMNS = "m.user_id, u.name, u.email, m.role, m.added_at";

    private static final String LIVE_MEMBERS = """
            FROM project_members m
            JOIN tenant_users u ON u.id = m.user_id
            WHERE m.project_id = :projectId AND m.""" + Table.LIVE;

    private static final RowMapper<Membership> MEMBERSHIP = (rows, context) -> new Membership(
            new ProjectId(rows.getLong(1)),
            new UserId(rows.getString(2)),
            MemberRole.fromStored(rows.getString(3)),
            Columns.instant(rows, 4),
            Columns.instant(rows, 5));

    private static final RowMapper<ProjectMember> MEMBER = (rows, context) -> new ProjectMember(
            new UserId(rows.getString(1)),
            rows.getString(2),
            rows.getString(3),
            MemberRole.fromStored(rows.getString(4)),
            Columns.instant(rows, 5));

    private final Jdbi jdbi;

    public JdbiProjectMemberships(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Membership> find(ProjectId project, UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND)
                .bind("projectId", project.value())
                .bind("userId", user.value())
                .map(MEMBERSHIP)
                .findOne());
    }

    @Override
    public void save(Membership membership) {
        try {
            jdbi.useHandle(handle -> {
                int updated = handle.createUpdate(UPDATE_CURRENT)
                        .bind("projectId", membership.projectId().value())
                        .bind("userId", membership.userId().value())
                        .bind("role", membership.role().apiName())
                        .bind("addedAt", membership.addedAt())
                        .bind("deletedAt", membership.removedAt())
                        .execute();
                if (updated == 0) {
                    handle.createUpdate(INSERT)
                            .bind("projectId", membership.projectId().value())
                            .bind("userId", membership.userId().value())
                            .bind("role", membership.role().apiName())
                            .bind("addedAt", membership.addedAt())
                            .bind("deletedAt", membership.removedAt())
                            .execute();
                }
            });
        } catch (UnableToExecuteStatementException e) {
            if (violatesLiveKey(e)) {
                throw Membership.alreadyAMember(membership.projectId(), membership.userId());
            }
            throw e;
        }
    }

    @Override
    public Optional<ProjectMember> findLive(ProjectId project, UserId user) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + MEMBER_COLUMNS + "\n" + LIVE_MEMBERS + "\n  AND m.user_id = :userId")
                .bind("projectId", project.value())
                .bind("userId", user.value())
                .map(MEMBER)
                .findOne());
    }

    @Override
    public Page<ProjectMember> listLive(ProjectId project, PageRequest page) {
        return jdbi.withHandle(handle -> {
            long total = handle.createQuery("SELECT count(*)\n" + LIVE_MEMBERS)
                    .bind("projectId", project.value())
                    .mapTo(Long.class)
                    .one();
            var items = handle.createQuery("SELECT " + MEMBER_COLUMNS + "\n" + LIVE_MEMBERS + """

                            ORDER BY public.f_unaccent(lower(coalesce(u.name, u.id))), m.user_id
                            LIMIT :limit OFFSET :offset""")
                    .bind("projectId", project.value())
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .map(MEMBER)
                    .list();
            return new Page<>(items, page, total);
        });
    }

    private static boolean violatesLiveKey(UnableToExecuteStatementException e) {
        return e.getCause() instanceof PSQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState())
                && sql.getServerErrorMessage() != null
                && LIVE_KEY.equals(sql.getServerErrorMessage().getConstraint());
    }
}
