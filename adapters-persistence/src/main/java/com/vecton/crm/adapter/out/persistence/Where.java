package com.vecton.crm.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;

/**
 * The conditions of a list query, each written next to the binding of its parameters, so that a
 * condition and its values cannot drift apart. The conditions are constants of the stores (or
 * built from them, as {@link VisibleRows}); client input only ever arrives as bound values.
 */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Consumer<Query>> bindings = new ArrayList<>();

    private Where(String first) {
        conditions.add(first);
    }

    /** Starts with one condition (a store's {@link Table#live()}, or {@code TRUE}). */
    public static Where of(String condition) {
        return new Where(condition);
    }

    /** Adds a condition without parameters. */
    public Where and(String condition) {
        return and(condition, query -> {});
    }

    /** Adds a condition and what binds its parameters. */
    public Where and(String condition, Consumer<Query> bind) {
        conditions.add(condition);
        bindings.add(bind);
        return this;
    }

    /** Adds what a caller may see, when that is not everything. */
    public Where and(VisibleRows visible) {
        visible.condition().ifPresent(condition -> and(condition, visible::bind));
        return this;
    }

    /** Binds the parameters of every condition. */
    public void bind(Query query) {
        bindings.forEach(binding -> binding.accept(query));
    }

    @Override
    public String toString() {
        return String.join("\n  AND ", conditions);
    }
}
