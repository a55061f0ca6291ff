package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.application.service.task.TaskAccess;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.problem.Forbidden;
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
    static final String LIST_REFUSED = "Listing tasks needs tasks.list and tasks.view allowed without conditions on the task "
            + "(a project's list and board also accept conditions on resource.project_id).";

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
     * The check of a list: on {@code resource} with only the attributes every listed task shares
     * ({@code project_id} under a project, none for all tasks). An allow conditioned on any other
     * attribute therefore does not let the caller list, and a deny conditioned on one does refuse
     * (fail closed): listing never shows a task the caller could not view, and totals stay true.
     * A list shows every task's content, so it needs {@code tasks.view} on those attributes as well
     * as {@code tasks.list}: a caller who may view only their own tasks does not see all of them.
     */
    static void list(TaskUseCases tasks, ContainerRequestContext request, ResourceName resource,
                     ResourceAttributes shared) {
        try {
            for (String permission : LIST_NEEDS) {
                tasks.authorize().authorize(Callers.of(request), Callers.tokenOf(request), new Permission(permission),
                        resource, shared);
            }
        } catch (Forbidden refused) {
            if (!refused.code().equals(AccessDecision.PERMISSION_DENIED.errorCode())) {
                throw refused;
            }
            // The route gate passed on a conditional allow: say why the list still is not shown.
            throw new Forbidden(refused.code(), LIST_REFUSED);
        }
    }

    /** Nothing is shared by all tasks of the tenant. */
    static ResourceAttributes nothingShared() {
        return new ResourceAttributes(Map.of());
    }
}
