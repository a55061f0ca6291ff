package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The IAM-like conditions of a policy, {@code {"Operator": {"key": value-or-list}}}
 * (identity.md section 4), parsed once and evaluated on every request.
 *
 * <p>How the contract's rules are read, where it leaves room:
 * <ul>
 *   <li>Every clause (one operator and one key) evaluates to true, false or <em>unknown</em>.
 *       Unknown is what fail-closed is about: an unknown operator or key, a malformed raw value,
 *       an unknown {@code ${...}} placeholder, a resource attribute that is absent on the loaded
 *       resource, a caller without an email for {@code ${user.email}}, or a value of a type the
 *       operator cannot compare (a word under {@code NumericEquals}). Clauses combine with
 *       three-valued AND (false wins, then unknown), and unknown resolves to false for an
 *       allow and to true for a deny. So a deny whose conditions cannot be read applies, and an
 *       allow never does; a deny with one unknown clause beside a false one does not apply,
 *       because the false clause alone already rules the request out.</li>
 *   <li>Several values for one key, and the elements of a list-valued attribute, combine with
 *       three-valued OR: any (element, value) pair that holds makes the clause hold.</li>
 *   <li>{@code StringNotEquals} is the negation of {@code StringEquals} over the same pairs:
 *       it holds when no element equals any value (the usual IAM reading, so "not assigned to
 *       me" is false for a task whose assignees include me). An empty list attribute is
 *       present: no element equals anything, so {@code StringEquals} is false and
 *       {@code StringNotEquals} true.</li>
 *   <li>{@code StringLike} globs with {@code *} and {@code ?}, matched by hand (no regex);
 *       a substituted {@code ${user.email}} is compared literally, so an address with a
 *       {@code *} in it cannot widen the match.</li>
 *   <li>An operator with an empty key map, a key with an empty value list, or a value that is
 *       {@code null}, a map or a nested list is malformed, hence unknown.</li>
 * </ul>
 *
 * <p>This class combines the clauses; the jobs behind it each have their class:
 * {@link ConditionParser} reads the raw JSON, {@link Truth} is the three-valued logic,
 * {@link Clause} and {@link Comparison} decide one clause over its keys ({@link ConditionKey}) and
 * values ({@link ExpectedValue}), {@link ConditionOperator} compares, and {@link ValueKind}
 * coerces values into the kind an operator compares.
 */
public final class Conditions {
    public static final Conditions NONE = new Conditions(List.of());

    private final List<Clause> clauses;

    private Conditions(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /**
     * Builds conditions from the raw decoded JSON value (a {@code Map} of operator to a
     * {@code Map} of key to value-or-list), or {@code null}/empty for none. Never throws: what
     * cannot be read becomes a clause that fails closed.
     */
    public static Conditions fromRaw(Object raw) {
        List<Clause> clauses = ConditionParser.parse(raw);
        return clauses.isEmpty() ? NONE : new Conditions(clauses);
    }

    /** Whether there is no condition at all. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Whether any condition names a {@code resource.*} key. */
    public boolean referencesResource() {
        for (var clause : clauses) {
            if (clause.namesResource()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the conditions hold for this request. Unknown operators and keys fail closed:
     * false for an allow, true for a deny.
     *
     * <p>With no resource loaded ({@code request.attributes() == null}), a clause on
     * {@code resource.*} is provisionally true for an allow (the handler repeats the check on
     * the loaded resource), while a deny that names {@code resource.*} does not apply yet. A
     * clause that cannot be read is never provisionally true: that allow could never apply.
     */
    public boolean holdFor(Effect effect, AccessRequest request) {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(request, "request");
        if (clauses.isEmpty()) {
            return true;
        }
        if (effect == Effect.DENY && request.attributes() == null && referencesResource()) {
            return false;
        }
        Truth all = Truth.TRUE;
        for (var clause : clauses) {
            all = all.and(clause.evaluate(request));
            if (all == Truth.FALSE) {
                return false;
            }
        }
        return all == Truth.TRUE || effect == Effect.DENY;
    }

    /**
     * What the conditions leave to decide item by item when a whole list is checked: clauses on
     * {@code resource.*} attributes the request does not carry become {@link Visibility.Test}s
     * (when they are {@code StringEquals}/{@code StringNotEquals} on an attribute in {@code perItem},
     * with values known now); every other clause is evaluated now, as {@link #holdFor} would.
     * A clause on the items that cannot be turned into a test makes an allow never apply (fail
     * closed: fewer items shown) and a deny {@link Residual.Unexpressible} (the list is refused).
     */
    Residual residual(Effect effect, AccessRequest request, Set<String> perItem) {
        var tests = new ArrayList<Visibility.Test>();
        for (var clause : clauses) {
            if (clause instanceof Comparison comparison
                    && comparison.key() instanceof ConditionKey.ResourceKey key
                    && !carries(request, key.attribute())) {
                Visibility.Test test = comparison.asTest(perItem, request.caller());
                if (test == null) {
                    return effect == Effect.ALLOW ? Residual.Never.INSTANCE : Residual.Unexpressible.INSTANCE;
                }
                tests.add(test);
                continue;
            }
            // Not about the items: the caller, the time, an attribute all items share, or unreadable.
            Truth now = clause instanceof Comparison comparison ? comparison.evaluate(request) : Truth.UNKNOWN;
            // An allow needs every clause true; a deny applies unless a clause is false.
            if (now == Truth.FALSE || (now == Truth.UNKNOWN && effect == Effect.ALLOW)) {
                return Residual.Never.INSTANCE;
            }
        }
        return new Residual.Where(new Visibility.Filter(tests));
    }

    private static boolean carries(AccessRequest request, String attribute) {
        return request.attributes() != null && request.attributes().values().containsKey(attribute);
    }

    /** See {@link #residual}. */
    sealed interface Residual {
        /** The policy applies to no item. */
        enum Never implements Residual {
            INSTANCE
        }

        /** A deny whose reach over the items cannot be expressed as tests. */
        enum Unexpressible implements Residual {
            INSTANCE
        }

        /** The policy applies to the items that pass the filter (for a deny: that do not fail it). */
        record Where(Visibility.Filter filter) implements Residual {}
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Conditions that && clauses.equals(that.clauses);
    }

    @Override
    public int hashCode() {
        return clauses.hashCode();
    }

    @Override
    public String toString() {
        return clauses.isEmpty() ? "Conditions[none]" : "Conditions" + clauses;
    }
}
