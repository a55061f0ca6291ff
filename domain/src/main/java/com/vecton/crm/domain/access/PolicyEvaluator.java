package com.vecton.crm.domain.access;

import java.util.List;
import java.util.Objects;

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
}
