package com.vecton.crm.domain.task;

import com.vecton.crm.domain.project.ProjectId;

/**
 * One column of a project's board: the live tasks of one project in one status. Their positions
 * are 0, 1, 2, … with no gap and no repeat; a deleted task has no position.
 */
public record BoardColumn(ProjectId projectId, TaskStatus status) {
    public BoardColumn {
        if (projectId == null || status == null) {
            throw new IllegalArgumentException("a board column is one project's one status");
        }
    }

    /**
     * Where a task asked to go to {@code requested} lands in a column holding {@code others} other
     * tasks: the index itself, or the nearest end of the column when it lies outside [0, others].
     */
    public static int clamp(int requested, int others) {
        if (others < 0) {
            throw new IllegalArgumentException("a column does not hold a negative number of tasks");
        }
        return Math.max(0, Math.min(requested, others));
    }
}
