package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which resources of a list a caller may see, as a test on each resource's attributes that a
 * store can run (in SQL) instead of the policy check item by item: the answer of the gate for a
 * list whose allows (or denies) are conditioned on {@code resource.*} attributes, so that the
 * list shows exactly the items the caller could open one by one, and its total stays true.
 *
 * <p>A resource is visible when it passes every {@link Grant} (one per permission the list
 * needs). It passes a grant when some allow filter is <em>true</em> for it and no deny filter is
 * <em>not false</em> for it, in three-valued logic: an attribute the resource lacks is unknown,
 * which never lets an allow apply and always lets a deny apply (identity.md section 4, fail closed).
 * SQL's own NULL logic is that logic: {@code allow IS TRUE AND NOT (deny IS NOT FALSE)}. A policy
 * scoped to some items' ids adds a test on {@link #ID} to its filter ({@link ItemReach}).
 */
public record Visibility(List<Grant> grants) {
    /**
     * The attribute every listed item has, its id as text: the test a policy scoped to literal
     * ids ({@code crm:contacts/5}) becomes ({@link ItemReach}). Every store can filter on it.
     */
    public static final String ID = "id";

    /** What a caller whose allows carry no conditions on the items sees: everything. */
    public static final Visibility EVERYTHING = new Visibility(List.of());

    public Visibility {
        grants = List.copyOf(grants);
    }

    /** Whether the list needs no filter at all. */
    public boolean isEverything() {
        return grants.stream().allMatch(Grant::isEverything);
    }

    /** Visible under both. */
    public Visibility and(Visibility other) {
        var both = new ArrayList<>(grants);
        both.addAll(other.grants);
        return new Visibility(
                both.stream().filter(grant -> !grant.isEverything()).toList());
    }

    /** One permission's answer: the filters of the allows that may apply, and of the denies that may. */
    public record Grant(List<Filter> allowedWhen, List<Filter> deniedWhen) {
        public Grant {
            allowedWhen = List.copyOf(allowedWhen);
            deniedWhen = List.copyOf(deniedWhen);
            if (allowedWhen.isEmpty()) {
                throw new IllegalArgumentException("a grant has at least one allow (else the list is refused)");
            }
        }

        boolean isEverything() {
            return deniedWhen.isEmpty() && allowedWhen.stream().anyMatch(Filter::isAlways);
        }

        /** The attributes its filters test. */
        public Set<String> attributes() {
            var names = new java.util.TreeSet<String>();
            allowedWhen.forEach(filter -> filter.tests().forEach(test -> names.add(test.attribute())));
            deniedWhen.forEach(filter -> filter.tests().forEach(test -> names.add(test.attribute())));
            return names;
        }
    }

    /** The conditions of one policy on the items' attributes: all of its tests (none: always true). */
    public record Filter(List<Test> tests) {
        public static final Filter ALWAYS = new Filter(List.of());

        public Filter {
            tests = List.copyOf(tests);
        }

        public boolean isAlways() {
            return tests.isEmpty();
        }

        /** This filter, and the test too. */
        public Filter and(Test test) {
            var all = new ArrayList<>(tests);
            all.add(test);
            return new Filter(all);
        }
    }

    /**
     * {@code StringEquals} ({@code negated}: {@code StringNotEquals}) of one attribute against
     * values, each compared as text: true when the attribute (or, for a list attribute, any of its
     * elements) equals any value; unknown when the attribute is absent. Negation keeps unknown.
     */
    public record Test(String attribute, boolean negated, List<String> values) {
        public Test {
            if (attribute == null || attribute.isBlank() || values == null || values.isEmpty()) {
                throw new IllegalArgumentException("a test names an attribute and at least one value");
            }
            values = List.copyOf(values);
        }
    }
}
