package com.vecton.crm.adapter.out.persistence.label;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;
import com.vecton.crm.domain.label.TaskLabelId;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code task_labels}, column for column; read by {@link #MAPPER} in the order of {@link #COLUMNS}. */
record TaskLabelRow(long id, String name, String color, String createdBy, Instant createdAt, Instant updatedAt) {

    /** The columns this record maps, in the order of its components. */
    static final String COLUMNS = "id, name, color, created_by, created_at, updated_at";

    /** Maps a row selected with {@link #COLUMNS}, by position. */
    static final RowMapper<TaskLabelRow> MAPPER = (rows, context) -> new TaskLabelRow(rows.getLong(1),
            rows.getString(2), rows.getString(3), rows.getString(4), Columns.instant(rows, 5),
            Columns.instant(rows, 6));

    TaskLabel toLabel() {
        return TaskLabel.restore(new TaskLabelId(id), new TaskLabelDetails(name, color),
                createdBy == null ? null : new UserId(createdBy), createdAt, updatedAt);
    }
}
