package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskAccess;
import java.util.Map;

/**
 * Which tasks a list may show, the lists' half of identity.md section 4: a list cannot check its
 * tasks one by one without breaking page totals, so it is checked against the attributes all its
 * tasks share, and allows and denies conditioned on a task's {@link TaskAccess#FILTERABLE}
 * attributes come back as a {@link Visibility} the store applies in its query: the list shows
 * exactly the tasks the requester could open, and its total counts only those. Conditions it
 * cannot express fail closed (an allow shows nothing, a deny refuses the list).
 */
final class VisibleTasks {
    static final String LIST_REFUSED = "Listing tasks needs tasks.list and tasks.view allowed, without conditions on the task "
            + "or with StringEquals/StringNotEquals on resource.assignee_ids, created_by, status or project_id.";
    static final String BOARD_REFUSED = "The board shows every task of the project, and some are not visible to you; "
            + "GET /api/projects/{id}/tasks lists those you may see.";

    /** A list shows every task's content, so it needs the view permission besides the route's own. */
    private static final Permission VIEW = new Permission("tasks.view");

    private final AuthorizeOnResourceUseCase access;

    VisibleTasks(AuthorizeOnResourceUseCase access) {
        this.access = access;
    }

    /** The tasks of the whole tenant the requester may list: nothing is shared by all of them. */
    Visibility ofAll(Requester who) {
        return of(who, TaskAccess.collection(), new ResourceAttributes(Map.of()));
    }

    /** The tasks of one project the requester may list, checked on {@code crm:projects/{id}} with its project known. */
    Visibility ofProject(Requester who, ProjectId project) {
        return of(who, ResourceName.item("projects", project.value()), TaskAccess.attributesOfProject(project));
    }

    /**
     * The board shows whole columns in position order, so it needs every task of the project
     * visible; a requester who may see only some of them lists those with the project's task list.
     */
    void requireWholeBoard(Requester who, ProjectId project) {
        if (!ofProject(who, project).isEverything()) {
            throw new Forbidden(AccessDecision.PERMISSION_DENIED.errorCode(), BOARD_REFUSED);
        }
    }

    private Visibility of(Requester who, ResourceName resource, ResourceAttributes shared) {
        try {
            return access.visibility(who, resource, shared, TaskAccess.FILTERABLE)
                    .and(access.visibility(who.asking(VIEW), resource, shared, TaskAccess.FILTERABLE));
        } catch (Forbidden refused) {
            if (!refused.code().equals(AccessDecision.PERMISSION_DENIED.errorCode())) {
                throw refused;
            }
            // The route gate passed on a conditional allow: say why the list still is not shown.
            throw new Forbidden(refused.code(), LIST_REFUSED);
        }
    }
}
