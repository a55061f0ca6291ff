package com.vecton.crm.adapter.out.persistence.task;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One row of {@code tasks}, column for column, as {@link #MAPPER} reads it (in the order of the
 * store's table). Assignees and labels live in their pivots and join the row in {@link #toTask}.
 */
record TaskRow(
        long id,
        long projectId,
        String title,
        String description,
        String status,
        String priority,
        Instant dueAt,
        Integer position,
        Instant completedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long version) {

    /** Maps a row, by position. */
    static final RowMapper<TaskRow> MAPPER = (rows, context) -> new TaskRow(
            rows.getLong(1),
            rows.getLong(2),
            rows.getString(3),
            rows.getString(4),
            rows.getString(5),
            rows.getString(6),
            Columns.instant(rows, 7),
            Columns.nullableInt(rows, 8),
            Columns.instant(rows, 9),
            rows.getString(10),
            Columns.instant(rows, 11),
            Columns.instant(rows, 12),
            Columns.instant(rows, 13),
            rows.getLong(14));

    Task toTask(Set<UserId> assignees, Set<TaskLabelId> labels) {
        var details = new TaskDetails(
                title,
                description,
                new ProjectId(projectId),
                TaskStatus.fromStored(status),
                TaskPriority.fromStored(priority),
                dueAt,
                assignees,
                labels);
        return Task.restore(
                new TaskId(id),
                details,
                position,
                completedAt,
                createdBy == null ? null : new UserId(createdBy),
                createdAt,
                updatedAt,
                deletedAt,
                version);
    }
}
