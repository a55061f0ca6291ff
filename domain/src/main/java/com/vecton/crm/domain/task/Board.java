package com.vecton.crm.domain.task;

import com.vecton.crm.domain.project.ProjectId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A project's board: for every status, its live tasks in position order (a column may be empty). */
public record Board(ProjectId projectId, Map<TaskStatus, List<Task>> columns) {
    public Board {
        if (projectId == null || columns == null) {
            throw new IllegalArgumentException("a board belongs to a project and has columns");
        }
        var all = new EnumMap<TaskStatus, List<Task>>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            all.put(status, List.copyOf(columns.getOrDefault(status, List.of())));
        }
        columns = Collections.unmodifiableMap(all);
    }

    /** The board of these live tasks, each in the column of its status, in the order given. */
    public static Board of(ProjectId projectId, List<Task> tasksInPositionOrder) {
        var columns = new EnumMap<TaskStatus, List<Task>>(TaskStatus.class);
        for (Task task : tasksInPositionOrder) {
            columns.computeIfAbsent(task.details().status(), s -> new java.util.ArrayList<>())
                    .add(task);
        }
        return new Board(projectId, columns);
    }

    public List<Task> column(TaskStatus status) {
        return columns.get(status);
    }
}
