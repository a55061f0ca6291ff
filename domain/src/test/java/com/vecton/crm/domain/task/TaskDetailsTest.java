package com.vecton.crm.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskDetailsTest {
    private static final ProjectId PROJECT = new ProjectId(7);

    private static TaskDetails titled(String title) {
        return new TaskDetails(title, null, PROJECT, null, null, null, null, null);
    }

    @Test
    void every_failing_field_is_reported_at_once() {
        var refused = assertThrows(
                ValidationFailed.class,
                () -> new TaskDetails(" ", "d".repeat(10_001), null, null, null, null, null, null));
        assertEquals(
                List.of("title", "description", "project_id"),
                List.copyOf(refused.errors().keySet()));
    }

    @Test
    void a_title_of_200_characters_is_fine_and_201_is_refused() {
        titled("x".repeat(200));
        var refused = assertThrows(ValidationFailed.class, () -> titled("x".repeat(201)));
        assertEquals(
                List.of("must not be longer than 200 characters"),
                refused.errors().get("title"));
    }

    @Test
    void texts_are_trimmed_and_absent_values_take_the_defaults() {
        var details = new TaskDetails("  Write copy ", "  ", PROJECT, null, null, null, null, null);
        assertEquals("Write copy", details.title());
        assertNull(details.description());
        assertEquals(TaskStatus.TODO, details.status());
        assertEquals(TaskPriority.NORMAL, details.priority());
        assertEquals(Set.of(), details.assigneeIds());
        assertEquals(Set.of(), details.labelIds());
    }

    @Test
    void the_audit_fields_list_assignees_and_labels_in_a_stable_order() {
        var details = new TaskDetails(
                "Copy",
                null,
                PROJECT,
                TaskStatus.REVIEW,
                TaskPriority.URGENT,
                null,
                Set.of(new UserId("u-b"), new UserId("u-a")),
                Set.of(new TaskLabelId(9), new TaskLabelId(2)));
        var fields = details.asFields();
        assertEquals(List.of("u-a", "u-b"), fields.get("assignee_ids"));
        assertEquals(List.of(2L, 9L), fields.get("label_ids"));
        assertEquals("review", fields.get("status"));
        assertEquals("urgent", fields.get("priority"));
        assertEquals(7L, fields.get("project_id"));
    }

    @Test
    void an_edit_keeps_what_it_does_not_set_and_validates_the_result() {
        var details = new TaskDetails("Copy", "Draft it", PROJECT, TaskStatus.REVIEW, null, null, null, null);
        var edited = TaskEdit.keepingAll().withTitle("Final copy").applyTo(details);
        assertEquals("Final copy", edited.title());
        assertEquals("Draft it", edited.description());
        assertEquals(TaskStatus.REVIEW, edited.status());

        var cleared = new TaskEdit(
                        FieldEdit.keep(),
                        FieldEdit.set(null),
                        FieldEdit.keep(),
                        FieldEdit.set(null),
                        FieldEdit.keep(),
                        FieldEdit.keep(),
                        FieldEdit.keep(),
                        FieldEdit.keep())
                .applyTo(details);
        assertNull(cleared.description());
        assertEquals(TaskStatus.TODO, cleared.status(), "a status set to null is the default");

        assertThrows(
                ValidationFailed.class,
                () -> TaskEdit.keepingAll().withTitle("").applyTo(details));
    }

    @Test
    void status_and_priority_parse_their_api_names_and_refuse_others_on_the_given_field() {
        assertEquals(TaskStatus.IN_PROGRESS, TaskStatus.parse("status", "in_progress"));
        assertEquals(TaskPriority.URGENT, TaskPriority.parse("priority", "urgent"));
        var refused = assertThrows(ValidationFailed.class, () -> TaskStatus.parse("status", "IN_PROGRESS"));
        assertEquals(
                List.of("must be one of todo, in_progress, review, done"),
                refused.errors().get("status"));
        var wrongPriority = assertThrows(ValidationFailed.class, () -> TaskPriority.parse("priority", "meh"));
        assertEquals(List.of("priority"), List.copyOf(wrongPriority.errors().keySet()));
    }
}
