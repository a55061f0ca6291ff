package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Deny-overrides evaluation of identity policies (identity.md section 4, step 4). */
public final class PolicyEvaluator {
    private PolicyEvaluator() {}

    /**
     * Any applicable deny denies, whatever allows are present; else any applicable allow
     * allows; else denied. An empty list is its own answer, {@code no_policies}, so that a user
     * identity has given nothing at all is told apart from one who lacks this permission.
     */
    public static PolicyDecision evaluate(AccessRequest request, List<Policy> policies) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policies, "policies");
        if (policies.isEmpty()) {
            return PolicyDecision.NO_POLICIES;
        }
        boolean allowed = false;
        for (Policy policy : policies) {
            if (isApplicable(policy, request)) {
                if (policy.effect() == Effect.DENY) {
                    return PolicyDecision.DENIED;
                }
                allowed = true;
            }
        }
        return allowed ? PolicyDecision.ALLOW : PolicyDecision.DENIED;
    }

    /**
     * Whether the policy speaks to this request: an action pattern matches the FQN, a resource
     * pattern matches the resource, and its conditions hold for its effect.
     */
    public static boolean isApplicable(Policy policy, AccessRequest request) {
        return policy.coversAction(request.action())
                && policy.coversResource(request.resource())
                && policy.conditions().holdFor(policy.effect(), request);
    }

    /**
     * The answer for a whole list, where {@link #evaluate} answers for one resource: which items
     * the caller may see, as filters on the item attributes named in {@code perItem} (see
     * {@link Visibility}), for the policies that cover the request's resource (the collection, or
     * the parent of a sub-list). Empty when the list is refused: no allow can apply to any item, a
     * deny applies to every item, or a deny's reach over the items cannot be expressed as a filter.
     * Call it with a non-empty list (an empty one is {@code no_policies}, decided by the gate).
     */
    public static Optional<Visibility.Grant> grant(AccessRequest request, List<Policy> policies, Set<String> perItem) {
        Objects.requireNonNull(request, "request");
        return grant(
                request,
                policies,
                perItem,
                policy -> policy.coversResource(request.resource()) ? ItemReach.EVERY : ItemReach.NONE);
    }

    /**
     * The same answer for the items themselves, {@code crm:{type}/{id}} where the request names
     * the collection {@code crm:{type}}: what the per-item check would decide for each item, as
     * filters. A policy applies to the items its resource patterns reach ({@link ItemReach}): to
     * every item with its conditions' residual, or to the items of literal ids only, a test on
     * {@link Visibility#ID} beside that residual. A deny whose conditions cannot be expressed
     * applies to everything it reaches: the list is refused when that is every item, and those ids
     * are hidden when it names some (fail closed, as for the collection).
     */
    public static Optional<Visibility.Grant> grantOnItems(
            AccessRequest request, List<Policy> policies, Set<String> perItem) {
        Objects.requireNonNull(request, "request");
        if (request.resource().itemId().isPresent()) {
            throw new IllegalArgumentException(
                    "the items of a list are named by their collection: " + request.resource());
        }
        String type = request.resource().type();
        return grant(request, policies, perItem, policy -> ItemReach.of(policy.resources(), type));
    }

    private static Optional<Visibility.Grant> grant(
            AccessRequest request, List<Policy> policies, Set<String> perItem, Function<Policy, ItemReach> reachOf) {
        var allows = new ArrayList<Visibility.Filter>();
        var denies = new ArrayList<Visibility.Filter>();
        for (Policy policy : policies) {
            if (!policy.coversAction(request.action())) {
                continue;
            }
            ItemReach reach = reachOf.apply(policy);
            if (reach.equals(ItemReach.NONE)) {
                continue;
            }
            Visibility.Filter filter;
            switch (policy.conditions().residual(policy.effect(), request, perItem)) {
                case Conditions.Residual.Never never -> {
                    continue;
                }
                // Only a deny is unexpressible (an allow that cannot be expressed never applies).
                case Conditions.Residual.Unexpressible unexpressible -> filter = Visibility.Filter.ALWAYS;
                case Conditions.Residual.Where where -> filter = where.filter();
            }
            if (reach instanceof ItemReach.Ids some) {
                filter = filter.and(new Visibility.Test(Visibility.ID, false, List.copyOf(some.ids())));
            }
            (policy.effect() == Effect.DENY ? denies : allows).add(filter);
        }
        if (allows.isEmpty() || denies.stream().anyMatch(Visibility.Filter::isAlways)) {
            return Optional.empty();
        }
        return Optional.of(new Visibility.Grant(allows, denies));
    }
}
