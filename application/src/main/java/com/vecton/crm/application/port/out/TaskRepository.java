package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.BoardColumn;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskQuery;
import java.util.List;
import java.util.Optional;

/**
 * Where tasks are kept, with their assignees and labels. The positions of a column's live tasks
 * are kept 0, 1, 2, … by the callers, which change a project's columns only while holding the
 * project's row lock ({@link ProjectRepository#lockById}); the store refuses at commit a
 * transaction that would leave two live tasks on one position.
 */
public interface TaskRepository extends RecordStore<TaskId, Task> {

    /** Inserts a new task or overwrites the stored one with the same id, assignees and labels included. */
    @Override
    void save(Task task);

    /** A task, live or soft-deleted, read without a lock (what a restore is authorised against). */
    Optional<Task> findLiveOrDeletedById(TaskId id);

    /**
     * The project of a task, live or soft-deleted, read without a lock: which project row to lock
     * before locking the task itself (projects are always locked before their tasks).
     */
    Optional<ProjectId> projectOf(TaskId id);

    /**
     * The task, live or soft-deleted, locked against concurrent changes until the transaction ends;
     * its project must be locked first ({@link #projectOf}).
     */
    @Override
    Optional<Task> lockById(TaskId id);

    /** How many live tasks the column holds besides {@code task} (which may or may not be in it). */
    int countOthers(BoardColumn column, TaskId task);

    /** Closes the gap a task leaves at {@code position}: the live tasks after it move up one. */
    void closeGap(BoardColumn column, int position);

    /** Opens a gap at {@code position} for {@code task}: the other live tasks there and after it move down one. */
    void openGap(BoardColumn column, int position, TaskId task);

    /** The live tasks of a project, by status and then position. */
    List<Task> onBoard(ProjectId project);

    /** One page of live tasks matching the query, with the total number of matches. */
    default Page<Task> search(TaskQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live tasks that match the query and that the caller may see, with the
     * total of those. The visibility may test the attributes of
     * {@link com.vecton.crm.domain.task.TaskAccess#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Task> search(TaskQuery query, Visibility visible, PageRequest page);

    /**
     * Takes the user off every task they are assigned to, live or deleted; the tasks stay, with
     * their other assignees or none. Returns the ids of the tasks that lost the user, ascending.
     */
    List<TaskId> unassignEverywhere(UserId user);
}
