package com.vecton.crm.adapter.out.persistence.task;

import com.vecton.crm.domain.access.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link Visibility} as a condition on {@code tasks}, for the list's WHERE: every grant holds,
 * and a task passes a grant when an allow filter IS TRUE for it and no deny filter IS NOT FALSE.
 * SQL's NULL is the gate's "unknown" (a task without {@code created_by}), with the same
 * three-valued AND, OR and NOT, so the query admits exactly the tasks the gate would.
 * Values are bound as text arrays; attribute names come from a fixed map, never from input.
 */
final class VisibleTasks {
    /** Each attribute the gate may test, as a boolean SQL expression over {@code :values} (a text[]). */
    private static final Map<String, String> TESTS = Map.of(
            "assignee_ids", "EXISTS (SELECT 1 FROM task_assignees a WHERE a.task_id = tasks.id AND a.user_id = ANY (%s))",
            "created_by", "created_by = ANY (%s)",
            "status", "status = ANY (%s)",
            "project_id", "project_id::text = ANY (%s)");

    private final Optional<String> condition;
    private final Map<String, List<String>> arrays;

    private VisibleTasks(Optional<String> condition, Map<String, List<String>> arrays) {
        this.condition = condition;
        this.arrays = arrays;
    }

    static VisibleTasks of(Visibility visible) {
        var arrays = new LinkedHashMap<String, List<String>>();
        var grants = new ArrayList<String>();
        for (var grant : visible.grants()) {
            String allowed = anyOf(grant.allowedWhen(), arrays);
            String part = "(" + allowed + ") IS TRUE";
            if (!grant.deniedWhen().isEmpty()) {
                part += " AND NOT ((" + anyOf(grant.deniedWhen(), arrays) + ") IS NOT FALSE)";
            }
            grants.add("(" + part + ")");
        }
        return new VisibleTasks(grants.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", grants)), arrays);
    }

    Optional<String> condition() {
        return condition;
    }

    void bind(Query statement) {
        arrays.forEach((name, values) -> statement.bindArray(name, String.class, values));
    }

    private static String anyOf(List<Visibility.Filter> filters, Map<String, List<String>> arrays) {
        var parts = new ArrayList<String>();
        for (var filter : filters) {
            parts.add(allOf(filter, arrays));
        }
        return String.join(" OR ", parts);
    }

    private static String allOf(Visibility.Filter filter, Map<String, List<String>> arrays) {
        if (filter.isAlways()) {
            return "TRUE";
        }
        var parts = new ArrayList<String>();
        for (var test : filter.tests()) {
            String sql = TESTS.get(test.attribute());
            if (sql == null) {
                throw new IllegalArgumentException("tasks cannot be filtered on " + test.attribute());
            }
            String name = "visible" + arrays.size();
            arrays.put(name, test.values());
            String expression = "(" + sql.formatted("CAST(:" + name + " AS text[])") + ")";
            parts.add(test.negated() ? "(NOT " + expression + ")" : expression);
        }
        return "(" + String.join(" AND ", parts) + ")";
    }
}
