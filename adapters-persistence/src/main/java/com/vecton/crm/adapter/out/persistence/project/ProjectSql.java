package com.vecton.crm.adapter.out.persistence.project;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The fixed statements on {@code projects}; search builds its SQL in {@link JdbiProjectRepository}. */
@RegisterRowMapper(ProjectSql.RowMapperOfRows.class)
interface ProjectSql {

    @SqlQuery("SELECT nextval('projects_id_seq')")
    long nextId();

    @SqlUpdate("""
            INSERT INTO projects (id, name, description, status, start_date, end_date, owner_id, created_by,
                                  created_at, updated_at, deleted_at)
            VALUES (:id, :name, :description, :status, :startDate, :endDate, :ownerId, :createdBy,
                    :createdAt, :updatedAt, :deletedAt)
            ON CONFLICT (id) DO UPDATE SET
                name        = excluded.name,
                description = excluded.description,
                status      = excluded.status,
                start_date  = excluded.start_date,
                end_date    = excluded.end_date,
                owner_id    = excluded.owner_id,
                updated_at  = excluded.updated_at,
                deleted_at  = excluded.deleted_at""")
    void save(@BindMethods ProjectRow row);

    @SqlQuery("SELECT " + ProjectRow.COLUMNS + " FROM projects WHERE id = :id FOR UPDATE")
    Optional<ProjectRow> lock(@Bind("id") long id);

    /** ProjectRow.MAPPER as a class, the form {@code @RegisterRowMapper} takes. */
    final class RowMapperOfRows implements org.jdbi.v3.core.mapper.RowMapper<ProjectRow> {
        @Override
        public ProjectRow map(java.sql.ResultSet rows, org.jdbi.v3.core.statement.StatementContext context)
                throws java.sql.SQLException {
            return ProjectRow.MAPPER.map(rows, context);
        }
    }
}
