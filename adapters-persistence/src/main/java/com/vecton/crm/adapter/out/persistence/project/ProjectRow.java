package com.vecton.crm.adapter.out.persistence.project;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code projects}, column for column; read by {@link #MAPPER} in the order of {@link #COLUMNS}. Public because Jdbi binds its accessors by reflection ({@code @BindMethods}). */
public record ProjectRow(long id, String name, String description, String status, LocalDate startDate,
                         LocalDate endDate, String ownerId, String createdBy, Instant createdAt, Instant updatedAt,
                         Instant deletedAt) {

    /** The columns this record maps, in the order of its components. */
    static final String COLUMNS = "id, name, description, status, start_date, end_date, owner_id, created_by, "
            + "created_at, updated_at, deleted_at";

    /** Maps a row selected with {@link #COLUMNS}, by position. */
    static final RowMapper<ProjectRow> MAPPER = (rows, context) -> new ProjectRow(rows.getLong(1), rows.getString(2),
            rows.getString(3), rows.getString(4), rows.getObject(5, LocalDate.class),
            rows.getObject(6, LocalDate.class), rows.getString(7), rows.getString(8), Columns.instant(rows, 9),
            Columns.instant(rows, 10), Columns.instant(rows, 11));

    static ProjectRow of(Project project) {
        var d = project.details();
        return new ProjectRow(project.id().value(), d.name(), d.description(), d.status().apiName(), d.startDate(),
                d.endDate(), d.ownerId() == null ? null : d.ownerId().value(),
                project.createdBy().map(UserId::value).orElse(null), project.createdAt(), project.updatedAt(),
                project.deletedAt().orElse(null));
    }

    Project toProject() {
        var details = new ProjectDetails(name, description, ProjectStatus.fromStored(status), startDate, endDate,
                ownerId == null ? null : new UserId(ownerId));
        return Project.restore(new ProjectId(id), details, createdBy == null ? null : new UserId(createdBy),
                createdAt, updatedAt, deletedAt);
    }
}
