package com.vecton.crm.domain.task;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a task exposes to policy conditions as {@code resource.<attribute>}: {@code project_id}
 * (a number), {@code assignee_ids} (user id strings), {@code created_by} and {@code status}
 * (its API name). An attribute a task lacks (no recorded creator) is left out, so conditions on
 * it fail closed.
 */
public final class TaskAccess {
    /**
     * The attributes a list of tasks can be filtered on in the store, so that allows and denies
     * conditioned on them (StringEquals, StringNotEquals) decide a list item by item.
     */
    public static final Set<String> FILTERABLE = Set.of("assignee_ids", "created_by", "status", "project_id");

    private TaskAccess() {}

    /** The attributes a task would have once created from these details by {@code creator}. */
    public static ResourceAttributes attributesOf(TaskDetails details, UserId creator) {
        return attributes(details, creator);
    }

    /**
     * What every task of one project shares, for a list or board of that project: only
     * {@code project_id}, so a condition on any other attribute cannot hold for an allow.
     */
    public static ResourceAttributes attributesOfProject(ProjectId project) {
        return new ResourceAttributes(Map.of("project_id", project.value()));
    }

    /** {@code crm:tasks}, for lists of all tasks and new tasks. */
    public static ResourceName collection() {
        return ResourceName.collection(Task.RESOURCE_TYPE);
    }

    private static ResourceAttributes attributes(TaskDetails details, UserId creator) {
        var values = new HashMap<String, Object>();
        values.put("project_id", details.projectId().value());
        values.put(
                "assignee_ids",
                details.sortedAssigneeIds().stream().map(UserId::value).toList());
        values.put("status", details.status().apiName());
        if (creator != null) {
            values.put("created_by", creator.value());
        }
        return new ResourceAttributes(values);
    }
}
