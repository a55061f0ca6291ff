package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.domain.access.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * A {@link Visibility} as a condition of a list's WHERE, for any store that says how each
 * attribute it can be filtered on is tested in SQL: every grant holds, and a row passes a grant
 * when an allow filter IS TRUE for it and no deny filter IS NOT FALSE. SQL's NULL is the gate's
 * "unknown" (a row without {@code created_by}), with the same three-valued AND, OR and NOT, so the
 * query admits exactly the rows the gate would. Values are bound as text arrays; attribute names
 * come from the store's fixed map, never from input.
 */
public final class VisibleRows {
    private final Optional<String> condition;
    private final Map<String, List<String>> arrays;

    private VisibleRows(Optional<String> condition, Map<String, List<String>> arrays) {
        this.condition = condition;
        this.arrays = arrays;
    }

    /**
     * @param tests each attribute the store can filter on, as a boolean SQL expression over one
     *              {@code %s}: a {@code text[]} of the values, e.g. {@code "created_by = ANY (%s)"}
     * @throws IllegalArgumentException when the visibility tests an attribute without such a test
     */
    public static VisibleRows of(Visibility visible, Map<String, String> tests) {
        var arrays = new LinkedHashMap<String, List<String>>();
        var grants = new ArrayList<String>();
        for (var grant : visible.grants()) {
            String allowed = anyOf(grant.allowedWhen(), tests, arrays);
            String part = "(" + allowed + ") IS TRUE";
            if (!grant.deniedWhen().isEmpty()) {
                part += " AND NOT ((" + anyOf(grant.deniedWhen(), tests, arrays) + ") IS NOT FALSE)";
            }
            grants.add("(" + part + ")");
        }
        return new VisibleRows(grants.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", grants)), arrays);
    }

    Optional<String> condition() {
        return condition;
    }

    void bind(Query statement) {
        arrays.forEach((name, values) -> statement.bindArray(name, String.class, values));
    }

    private static String anyOf(
            List<Visibility.Filter> filters, Map<String, String> tests, Map<String, List<String>> arrays) {
        var parts = new ArrayList<String>();
        for (var filter : filters) {
            parts.add(allOf(filter, tests, arrays));
        }
        return String.join(" OR ", parts);
    }

    private static String allOf(Visibility.Filter filter, Map<String, String> tests, Map<String, List<String>> arrays) {
        if (filter.isAlways()) {
            return "TRUE";
        }
        var parts = new ArrayList<String>();
        for (var test : filter.tests()) {
            String sql = tests.get(test.attribute());
            if (sql == null) {
                throw new IllegalArgumentException("these rows cannot be filtered on " + test.attribute());
            }
            String name = "visible" + arrays.size();
            arrays.put(name, test.values());
            String expression = "(" + sql.formatted("CAST(:" + name + " AS text[])") + ")";
            parts.add(test.negated() ? "(NOT " + expression + ")" : expression);
        }
        return "(" + String.join(" AND ", parts) + ")";
    }
}
