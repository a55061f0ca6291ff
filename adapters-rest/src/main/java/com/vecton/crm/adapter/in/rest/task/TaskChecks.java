package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.application.service.task.TaskAccess;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;

/**
 * The handler's half of identity.md section 4 for tasks: the route gate let allows conditioned on
 * {@code resource.*} through provisionally, so every handler checks again with real attributes
 * before acting. Lists cannot be checked task by task without breaking page totals, so a list is
 * checked against the attributes all its tasks share; see {@link #list}.
 */
final class TaskChecks {
    static final String LIST_REFUSED = "Listing tasks needs tasks.list and tasks.view allowed, without conditions on the task "
            + "or with StringEquals/StringNotEquals on resource.assignee_ids, created_by, status or project_id.";
    static final String BOARD_REFUSED = "The board shows every task of the project, and some are not visible to you; "
            + "GET /api/projects/{id}/tasks lists those you may see.";

    private static final List<String> LIST_NEEDS = List.of("tasks.list", "tasks.view");

    private TaskChecks() {
    }

    /** The full check on a loaded (or, for create, about-to-be) task. */
    static void onTask(TaskUseCases tasks, ContainerRequestContext request, String permission, Task task) {
        tasks.authorize().authorize(Callers.of(request), Callers.tokenOf(request), new Permission(permission),
                TaskAccess.resourceOf(task), TaskAccess.attributesOf(task));
    }

    /** The full check for creating a task with these attributes, on {@code crm:tasks}. */
    static void onNewTask(TaskUseCases tasks, ContainerRequestContext request, ResourceAttributes attributes) {
        tasks.authorize().authorize(Callers.of(request), Callers.tokenOf(request), new Permission("tasks.create"),
                ResourceName.collection(TaskAccess.RESOURCE_TYPE), attributes);
    }

    /**
     * The check of a list, which cannot load its tasks one by one without breaking page totals:
     * {@code tasks.list} and {@code tasks.view} (a list shows every task's content) on
     * {@code resource} with the attributes all listed tasks share ({@code project_id} under a
     * project, none for all tasks). Allows and denies conditioned on a task's
     * {@link TaskAccess#FILTERABLE} attributes come back as a {@link Visibility} the store applies,
     * so the list shows exactly the tasks the caller could open and its total counts only those;
     * conditions it cannot express fail closed (an allow shows nothing, a deny refuses the list).
     */
    static Visibility list(TaskUseCases tasks, ContainerRequestContext request, ResourceName resource,
                           ResourceAttributes shared) {
        try {
            var visible = Visibility.EVERYTHING;
            for (String permission : LIST_NEEDS) {
                visible = visible.and(tasks.authorize().visibility(Callers.of(request), Callers.tokenOf(request),
                        new Permission(permission), resource, shared, TaskAccess.FILTERABLE));
            }
            return visible;
        } catch (Forbidden refused) {
            if (!refused.code().equals(AccessDecision.PERMISSION_DENIED.errorCode())) {
                throw refused;
            }
            // The route gate passed on a conditional allow: say why the list still is not shown.
            throw new Forbidden(refused.code(), LIST_REFUSED);
        }
    }

    /**
     * The board shows whole columns in position order, so it needs every task of the project
     * visible; a caller who may see only some of them lists those with the project's task list.
     */
    static void wholeBoard(TaskUseCases tasks, ContainerRequestContext request, ProjectId project) {
        if (!list(tasks, request, ResourceName.item("projects", project.value()),
                TaskAccess.attributesOfProject(project)).isEverything()) {
            throw new Forbidden(AccessDecision.PERMISSION_DENIED.errorCode(), BOARD_REFUSED);
        }
    }

    /** Nothing is shared by all tasks of the tenant. */
    static ResourceAttributes nothingShared() {
        return new ResourceAttributes(Map.of());
    }
}
