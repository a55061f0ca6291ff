package com.vecton.crm.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final TaskId ID = new TaskId(1);
    private static final UserId ODON = new UserId("u-odon");

    private static Task aTask(TaskStatus status) {
        return Task.create(
                ID, new TaskDetails("Copy", null, new ProjectId(3), status, null, null, null, null), 0, ODON, T0);
    }

    @Test
    void moving_into_done_completes_the_task_and_moving_out_clears_it() {
        var done = aTask(TaskStatus.TODO).move(TaskStatus.DONE, 4, T1);
        assertEquals(Optional.of(T1), done.completedAt());
        assertEquals(Optional.of(4), done.position());

        var reopened = done.move(TaskStatus.REVIEW, 0, T2);
        assertEquals(Optional.empty(), reopened.completedAt());
    }

    @Test
    void a_task_created_done_is_completed_and_reordering_within_done_keeps_the_completion() {
        var done = aTask(TaskStatus.DONE);
        assertEquals(Optional.of(T0), done.completedAt());
        assertEquals(Optional.of(T0), done.move(TaskStatus.DONE, 3, T1).completedAt());
    }

    @Test
    void a_deleted_task_has_no_position_and_a_restored_one_gets_the_given_one() {
        var deleted = aTask(TaskStatus.TODO).delete(T1);
        assertTrue(deleted.isDeleted());
        assertEquals(Optional.empty(), deleted.position());

        var restored = deleted.undelete(7, T2);
        assertEquals(Optional.of(7), restored.position());
        assertEquals(T2, restored.updatedAt());
    }

    @Test
    void a_stored_task_must_agree_with_its_rules() {
        var details = new TaskDetails("Copy", null, new ProjectId(3), TaskStatus.DONE, null, null, null, null);
        assertThrows(
                IllegalArgumentException.class,
                () -> Task.restore(ID, details, 0, null, ODON, T0, T0, null, 1),
                "done without completion");
        assertThrows(
                IllegalArgumentException.class,
                () -> Task.restore(ID, details, null, T0, ODON, T0, T0, null, 1),
                "live without a position");
    }

    @Test
    void the_audit_fields_add_position_and_completion_to_the_details() {
        var fields = aTask(TaskStatus.TODO).move(TaskStatus.DONE, 2, T1).asFields();
        assertEquals(2, fields.get("position"));
        assertEquals(T1.toString(), fields.get("completed_at"));
        assertEquals("done", fields.get("status"));
    }

    @Test
    void a_position_is_clamped_into_the_column() {
        assertEquals(0, BoardColumn.clamp(-3, 5));
        assertEquals(2, BoardColumn.clamp(2, 5));
        assertEquals(5, BoardColumn.clamp(99, 5), "past the end means the end");
        assertEquals(0, BoardColumn.clamp(1, 0));
    }

    @Test
    void a_board_has_every_column_even_empty_ones() {
        var board = Board.of(new ProjectId(3), List.of(aTask(TaskStatus.REVIEW)));
        assertEquals(4, board.columns().size());
        assertEquals(List.of(), board.column(TaskStatus.TODO));
        assertEquals(1, board.column(TaskStatus.REVIEW).size());
    }

    @Test
    void due_after_must_lie_before_due_before() {
        var refused = assertThrows(ValidationFailed.class, () -> TaskQuery.all().dueBetween(T1, T0));
        assertEquals(List.of("due_after"), List.copyOf(refused.errors().keySet()));
    }
}
