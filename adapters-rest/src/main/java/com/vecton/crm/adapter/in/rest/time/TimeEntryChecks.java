package com.vecton.crm.adapter.in.rest.time;

import com.vecton.crm.adapter.in.rest.gate.Callers;
import com.vecton.crm.application.service.time.TimeEntryAccess;
import com.vecton.crm.application.service.time.TimeEntryServices;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryQuery;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;

/**
 * The handler's checks for time entries, after the route gate: whose time the caller may touch,
 * and the full check of identity.md section 4 on the real attributes ({@link TimeEntryAccess}).
 *
 * <p>Whose time. A caller works on their own entries. {@link TimeEntryResource#MANAGE}
 * ({@code time_entries.manage}) lets them work on anyone's: list, export, record, start, change,
 * delete, restore and stop. It is checked like any permission, on the entry's attributes, so a
 * policy may grant it for some users' or projects' entries only. Without it, an entry of another
 * user is answered {@code 404}, as if it did not exist (ids are sequential: a {@code 403} would
 * confirm every other user's ids); asking for another user's list or export, or recording time
 * for them, names that user, so it is a plain {@code 403 permission_denied}.
 */
final class TimeEntryChecks {
    private TimeEntryChecks() {
    }

    /** Before acting on a loaded entry: another user's needs manage (else 404), then {@code permission} on it. */
    static void onEntry(TimeEntryUseCases uses, ContainerRequestContext request, String permission, TimeEntry entry) {
        ResourceName resource = TimeEntryAccess.resourceOf(entry);
        ResourceAttributes attributes = TimeEntryAccess.attributesOf(entry);
        if (!isCallers(request, entry.owner()) && !mayManage(uses, request, resource, attributes)) {
            throw new NotFound(TimeEntryServices.SUBJECT, entry.id());
        }
        authorize(uses, request, permission, resource, attributes);
    }

    /** Before recording time for {@code owner}: another user's needs manage (else 403), then {@code permission}. */
    static void onNewEntry(TimeEntryUseCases uses, ContainerRequestContext request, String permission, UserId owner,
                           ProjectId project, TaskId task, boolean billable) {
        ResourceName resource = TimeEntryAccess.collection();
        ResourceAttributes attributes = TimeEntryAccess.attributesOfNew(owner, project, task, billable,
                Callers.of(request).id());
        if (!isCallers(request, owner)) {
            requireManage(uses, request, resource, attributes, "Recording time for another user needs "
                    + TimeEntryResource.MANAGE + ".");
        }
        authorize(uses, request, permission, resource, attributes);
    }

    /**
     * Whose entries a list or an export covers, checked: the owner asked for (another user's needs
     * manage, else 403); without one, everybody's for a caller who may manage, else the caller's
     * own. Then {@code permission} on what all those entries share ({@link TimeEntryAccess#sharedBy}).
     */
    static TimeEntryQuery scoped(TimeEntryUseCases uses, ContainerRequestContext request, String permission,
                                 Optional<UserId> owner, TimeEntryQuery filters) {
        ResourceName resource = TimeEntryAccess.collection();
        TimeEntryQuery query;
        if (owner.isPresent()) {
            query = filters.ownedBy(owner.get());
            if (!isCallers(request, owner.get())) {
                requireManage(uses, request, resource, TimeEntryAccess.sharedBy(query), "Another user's time entries "
                        + "need " + TimeEntryResource.MANAGE + ".");
            }
        } else if (mayManage(uses, request, resource, TimeEntryAccess.sharedBy(filters))) {
            query = filters;
        } else {
            query = filters.ownedBy(Callers.of(request).id());
        }
        authorize(uses, request, permission, resource, TimeEntryAccess.sharedBy(query));
        return query;
    }

    private static boolean isCallers(ContainerRequestContext request, UserId owner) {
        return Callers.of(request).id().equals(owner);
    }

    /**
     * Whether the gate allows manage here. Any refusal means no (a service account whose scopes
     * leave it out works on its own entries); identity being unavailable is not a refusal and propagates.
     */
    private static boolean mayManage(TimeEntryUseCases uses, ContainerRequestContext request, ResourceName resource,
                                     ResourceAttributes attributes) {
        try {
            authorize(uses, request, TimeEntryResource.MANAGE.value(), resource, attributes);
            return true;
        } catch (Forbidden refused) {
            return false;
        }
    }

    private static void requireManage(TimeEntryUseCases uses, ContainerRequestContext request, ResourceName resource,
                                      ResourceAttributes attributes, String why) {
        try {
            authorize(uses, request, TimeEntryResource.MANAGE.value(), resource, attributes);
        } catch (Forbidden refused) {
            if (!refused.code().equals(AccessDecision.PERMISSION_DENIED.errorCode())) {
                throw refused;
            }
            throw new Forbidden(refused.code(), why);
        }
    }

    private static void authorize(TimeEntryUseCases uses, ContainerRequestContext request, String permission,
                                  ResourceName resource, ResourceAttributes attributes) {
        uses.authorize().authorize(Callers.of(request), Callers.tokenOf(request), new Permission(permission), resource,
                attributes);
    }
}
