package com.vecton.crm.adapter.in.rest.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.task.Board;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task as the API shows it. */
@Schema(name = "Task")
record TaskJson(
        @JsonProperty("id") long id,
        @JsonProperty("title") String title,

        @JsonProperty("description") @Schema(nullable = true)
        String description,

        @JsonProperty("project_id") long projectId,

        @JsonProperty("status") @Schema(allowableValues = {"todo", "in_progress", "review", "done"})
        String status,

        @JsonProperty("priority") @Schema(allowableValues = {"low", "normal", "high", "urgent"})
        String priority,

        @JsonProperty("due_at") @Schema(nullable = true) Instant dueAt,
        @JsonProperty("assignee_ids") List<String> assigneeIds,
        @JsonProperty("label_ids") List<Long> labelIds,

        @JsonProperty("position") @Schema(nullable = true, description = "null while deleted")
        Integer position,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,

        @JsonProperty("completed_at") @Schema(nullable = true)
        Instant completedAt,

        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,

        @JsonProperty("version")
        @Schema(description = "1 when created, one more with every change; the item's ETag is this number in quotes")
        long version)
        implements ItemTags.VersionedJson {

    static TaskJson from(Task task) {
        TaskDetails d = task.details();
        return new TaskJson(
                task.id().value(),
                d.title(),
                d.description(),
                d.projectId().value(),
                d.status().apiName(),
                d.priority().apiName(),
                d.dueAt(),
                d.sortedAssigneeIds().stream().map(UserId::value).toList(),
                d.sortedLabelIds().stream().map(TaskLabelId::value).toList(),
                task.position().orElse(null),
                task.createdBy().map(UserId::value).orElse(null),
                task.completedAt().orElse(null),
                task.createdAt(),
                task.updatedAt(),
                task.deletedAt().orElse(null),
                task.version());
    }

    /** {@code {"data": {"project_id": 1, "columns": {"todo": [...], ...}}}}, columns in board order. */
    @Schema(name = "BoardItem")
    record BoardItem(@JsonProperty("data") BoardJson data) {
        static BoardItem of(Board board) {
            var columns = new LinkedHashMap<String, List<TaskJson>>();
            for (TaskStatus status : TaskStatus.values()) {
                columns.put(
                        status.apiName(),
                        board.column(status).stream().map(TaskJson::from).toList());
            }
            return new BoardItem(new BoardJson(board.projectId().value(), columns));
        }
    }

    /** One project's board. */
    @Schema(name = "Board")
    record BoardJson(
            @JsonProperty("project_id") long projectId,
            @JsonProperty("columns") Map<String, List<TaskJson>> columns) {}
}
