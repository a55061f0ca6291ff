package com.vecton.crm.domain.sla;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.List;
import java.util.Set;

/**
 * An SLA policy: which tasks it applies to (priorities, optionally a project and a label), its two
 * targets in business minutes of a calendar, the statuses that pause its clock, how early it warns,
 * whether it is active, and its place among the policies: the first active matching one by
 * {@code position} applies to a task.
 */
public record SlaPolicy(long id, Details details) {
    public static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");
    public static final Set<String> STATUSES = Set.of("todo", "in_progress", "review", "done");
    /** The longest target: 60 days of minutes. */
    public static final int MAX_MINUTES = 60 * 24 * 60;

    public static final int MAX_NAME = 100;

    /** Whether this policy applies to a task with these attributes. */
    public boolean matches(String priority, long projectId, Set<Long> labelIds) {
        var d = details;
        return d.active()
                && (d.priorities().isEmpty() || d.priorities().contains(priority))
                && (d.projectId() == null || d.projectId() == projectId)
                && (d.labelId() == null || labelIds.contains(d.labelId()));
    }

    /** The first active policy of {@code byPosition} that matches, if any. */
    public static java.util.Optional<SlaPolicy> applying(
            List<SlaPolicy> byPosition, String priority, long projectId, Set<Long> labelIds) {
        return byPosition.stream()
                .filter(p -> p.matches(priority, projectId, labelIds))
                .findFirst();
    }

    /** The minutes of a target, absent when the policy does not promise it. */
    public Integer minutes(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? details.firstResponseMinutes() : details.resolutionMinutes();
    }

    /** The fields a client sends. */
    public record Details(
            String name,
            long calendarId,
            Set<String> priorities,
            Long projectId,
            Long labelId,
            Integer firstResponseMinutes,
            Integer resolutionMinutes,
            Set<String> pauseStatuses,
            int warnBeforeMinutes,
            boolean active,
            int position) {
        public Details {
            name = Text.clean(name);
            priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
            pauseStatuses = pauseStatuses == null ? Set.of() : Set.copyOf(pauseStatuses);
            var errors = new FieldErrors();
            if (name == null) {
                errors.add("name", "is required");
            }
            errors.maxLength("name", name, MAX_NAME);
            if (!PRIORITIES.containsAll(priorities)) {
                errors.add("applies_to.priority", "must be low, normal, high or urgent");
            }
            if (!STATUSES.containsAll(pauseStatuses)) {
                errors.add("pause_statuses", "must be task statuses");
            } else if (pauseStatuses.contains("todo") || pauseStatuses.contains("done")) {
                errors.add("pause_statuses", "todo and done cannot pause the clock");
            }
            if (firstResponseMinutes == null && resolutionMinutes == null) {
                errors.add("resolution_minutes", "a policy promises a first response, a resolution or both");
            }
            if (firstResponseMinutes != null && (firstResponseMinutes < 1 || firstResponseMinutes > MAX_MINUTES)) {
                errors.add("first_response_minutes", "must be between 1 and " + MAX_MINUTES);
            }
            if (resolutionMinutes != null && (resolutionMinutes < 1 || resolutionMinutes > MAX_MINUTES)) {
                errors.add("resolution_minutes", "must be between 1 and " + MAX_MINUTES);
            }
            if (warnBeforeMinutes < 0 || warnBeforeMinutes > MAX_MINUTES) {
                errors.add("warn_before_minutes", "must be between 0 and " + MAX_MINUTES);
            }
            if (position < 0) {
                errors.add("position", "must not be negative");
            }
            errors.throwIfAny();
        }
    }
}
