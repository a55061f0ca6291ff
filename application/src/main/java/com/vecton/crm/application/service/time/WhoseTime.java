package com.vecton.crm.application.service.time;

import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryAccess;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.util.Optional;
import java.util.Set;

/**
 * Whose time a requester may touch, and the full check of their permission on the entries'
 * attributes ({@link TimeEntryAccess}), for every time entry use case.
 *
 * <p>A requester works on their own entries. {@link TimeEntryAccess#MANAGE} lets them work on
 * anyone's: list, export, record, start, change, delete, restore and stop. It is checked like any
 * permission, on the entry's attributes, so a policy may grant it for some users' or projects'
 * entries only. Without it, an entry of another user is answered {@code 404}, as if it did not
 * exist (ids are sequential: a {@code 403} would confirm every other user's ids); asking for
 * another user's list or export, or recording time for them, names that user, so it is a plain
 * {@code 403 permission_denied}.
 */
final class WhoseTime {
    private final UseCaseKit kit;

    WhoseTime(UseCaseKit kit) {
        this.kit = kit;
    }

    /** On a loaded entry: another user's needs manage (else 404), then the requester's permission on it. */
    void admit(Requester who, TimeEntry entry) {
        if (!who.userId().equals(entry.owner()) && !mayManage(who, entry.resourceName(), entry.attributes())) {
            throw new NotFound(TimeEntryServices.SUBJECT, entry.id());
        }
        kit.admit(who, entry);
    }

    /**
     * Before recording time for {@code owner}: another user's needs manage (else 403), then the
     * requester's permission on the entry to be, on {@code crm:time_entries}. A request that names
     * only a task has no {@code project_id} yet: a condition on the project then fails closed.
     */
    void admitNew(Requester who, UserId owner, ProjectId project, TaskId task, boolean billable) {
        ResourceName resource = TimeEntryAccess.collection();
        ResourceAttributes attributes = TimeEntryAccess.attributesOfNew(owner, project, task, billable, who.userId());
        if (!who.userId().equals(owner)) {
            requireManage(
                    who, resource, attributes, "Recording time for another user needs " + TimeEntryAccess.MANAGE + ".");
        }
        kit.access().authorize(who, resource, attributes);
    }

    /**
     * Whose entries a list or an export covers, checked: the owner asked for (another user's needs
     * manage on all of them, else 403); without one, everybody's for a requester who may manage
     * all of them, else their own. What the requester may see of those entries is then the list's
     * or the export's own check, on what they share ({@link TimeEntryAccess#sharedBy}).
     */
    TimeEntryQuery scoped(Requester who, Optional<UserId> owner, TimeEntryQuery filters) {
        if (owner.isPresent()) {
            TimeEntryQuery query = filters.ownedBy(owner.get());
            if (!who.userId().equals(owner.get())) {
                String why = "Another user's time entries need " + TimeEntryAccess.MANAGE + ".";
                var shared = TimeEntryAccess.sharedBy(query);
                requireManage(who, TimeEntryAccess.collection(), shared, why);
                if (!manageReachesAll(who, shared)) {
                    throw new Forbidden(AccessDecision.PERMISSION_DENIED.errorCode(), why);
                }
            }
            return query;
        }
        return mayManageAll(who, TimeEntryAccess.sharedBy(filters)) ? filters : filters.ownedBy(who.userId());
    }

    /**
     * Whether manage holds for every entry that has the {@code shared} attributes, so that a list
     * or an export may cover other users' entries: allowed on {@code crm:time_entries}, and on every
     * entry without exception ({@link com.vecton.crm.domain.access.Visibility#isEverything}), since
     * an entry that manage does not reach (a deny on {@code crm:time_entries/5}, an allow
     * conditioned on what the query leaves open) is a 404 on its item route and is not listed
     * either. Any refusal means no; identity being unavailable is not a refusal and propagates.
     */
    private boolean mayManageAll(Requester who, ResourceAttributes shared) {
        return mayManage(who, TimeEntryAccess.collection(), shared) && manageReachesAll(who, shared);
    }

    private boolean manageReachesAll(Requester who, ResourceAttributes shared) {
        try {
            return kit.access()
                    .visibilityOfItems(who.asking(TimeEntryAccess.MANAGE), TimeEntry.RESOURCE_TYPE, shared, Set.of())
                    .isEverything();
        } catch (Forbidden refused) {
            return false;
        }
    }

    /**
     * Whether the gate allows manage here. Any refusal means no (a service account whose scopes
     * leave it out works on its own entries); identity being unavailable is not a refusal and propagates.
     */
    private boolean mayManage(Requester who, ResourceName resource, ResourceAttributes attributes) {
        try {
            kit.access().authorize(who.asking(TimeEntryAccess.MANAGE), resource, attributes);
            return true;
        } catch (Forbidden refused) {
            return false;
        }
    }

    private void requireManage(Requester who, ResourceName resource, ResourceAttributes attributes, String why) {
        try {
            kit.access().authorize(who.asking(TimeEntryAccess.MANAGE), resource, attributes);
        } catch (Forbidden refused) {
            if (!refused.code().equals(AccessDecision.PERMISSION_DENIED.errorCode())) {
                throw refused;
            }
            throw new Forbidden(refused.code(), why);
        }
    }
}
