package com.vecton.crm.domain.time;

import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import java.util.HashMap;
import java.util.Set;

/**
 * What a time entry exposes to policy conditions as {@code resource.<attribute>}: {@code user_id}
 * (whose time it is), {@code project_id}, {@code task_id} (when booked on a task), {@code billable}
 * and {@code created_by} (when recorded). An attribute an entry lacks is left out, so conditions
 * on it fail closed.
 */
public final class TimeEntryAccess {
    /**
     * Lets a caller work on other users' time entries (without it, their own only). Checked by the
     * use cases like any permission, on the entries' attributes, so a policy may grant it for some
     * users' or projects' entries only; no route requires it, yet {@code list-permissions} names it.
     */
    public static final Permission MANAGE = new Permission("time_entries.manage");

    /**
     * The attributes a list of time entries can be filtered on in the store, so that allows and
     * denies conditioned on them (StringEquals, StringNotEquals) decide a list item by item: all of them.
     */
    public static final Set<String> FILTERABLE = Set.of("billable", "created_by", "project_id", "task_id", "user_id");

    private TimeEntryAccess() {}

    /**
     * The attributes an entry would have once recorded for {@code owner} by {@code creator}. A
     * request that names only a task has no {@code project_id} yet: a condition on the project then
     * fails closed, and a client meets it by sending the project too.
     */
    public static ResourceAttributes attributesOfNew(
            UserId owner, ProjectId project, TaskId task, boolean billable, UserId creator) {
        return attributes(owner, project, task, billable, creator);
    }

    /**
     * What every entry a query matches shares, for a list or an export: the owner, project and
     * task it filters on, and nothing else, so an allow conditioned on another attribute does not
     * let the caller list and a deny conditioned on one refuses.
     */
    public static ResourceAttributes sharedBy(TimeEntryQuery query) {
        var values = new HashMap<String, Object>();
        query.owner().ifPresent(owner -> values.put("user_id", owner.value()));
        query.project().ifPresent(project -> values.put("project_id", project.value()));
        query.task().ifPresent(task -> values.put("task_id", task.value()));
        return new ResourceAttributes(values);
    }

    /** {@code crm:time_entries}, for lists, exports and new entries. */
    public static ResourceName collection() {
        return ResourceName.collection(TimeEntry.RESOURCE_TYPE);
    }

    private static ResourceAttributes attributes(
            UserId owner, ProjectId project, TaskId task, boolean billable, UserId creator) {
        var values = new HashMap<String, Object>();
        values.put("user_id", owner.value());
        if (project != null) {
            values.put("project_id", project.value());
        }
        if (task != null) {
            values.put("task_id", task.value());
        }
        values.put("billable", billable);
        if (creator != null) {
            values.put("created_by", creator.value());
        }
        return new ResourceAttributes(values);
    }
}
