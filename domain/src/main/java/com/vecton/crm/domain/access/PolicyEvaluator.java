package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Deny-overrides evaluation of identity policies (identity.md section 4, step 4). */
public final class PolicyEvaluator {
    private PolicyEvaluator() {
    }

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
     * {@link Visibility}). Empty when the list is refused: no allow can apply to any item, a deny
     * applies to every item, or a deny's reach over the items cannot be expressed as a filter.
     * Call it with a non-empty list (an empty one is {@code no_policies}, decided by the gate).
     */
    public static Optional<Visibility.Grant> grant(AccessRequest request, List<Policy> policies, Set<String> perItem) {
        Objects.requireNonNull(request, "request");
        var allows = new ArrayList<Visibility.Filter>();
        var denies = new ArrayList<Visibility.Filter>();
        for (Policy policy : policies) {
            if (!policy.coversAction(request.action()) || !policy.coversResource(request.resource())) {
                continue;
            }
            switch (policy.conditions().residual(policy.effect(), request, perItem)) {
                case Conditions.Residual.Never never -> {
                }
                case Conditions.Residual.Unexpressible unexpressible -> {
                    return Optional.empty();
                }
                case Conditions.Residual.Where where ->
                        (policy.effect() == Effect.DENY ? denies : allows).add(where.filter());
            }
        }
        if (allows.isEmpty() || denies.stream().anyMatch(Visibility.Filter::isAlways)) {
            return Optional.empty();
        }
        return Optional.of(new Visibility.Grant(allows, denies));
    }
}
