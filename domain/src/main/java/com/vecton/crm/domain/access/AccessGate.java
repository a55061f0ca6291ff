package com.vecton.crm.domain.access;

import com.vecton.crm.domain.problem.Forbidden;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The four steps of identity.md section 4, in order: admin bypass, tenant membership, scope
 * gate, policies. Policies are fetched through the supplier only when step 4 is reached, so an
 * administrator or a non-member costs no policy fetch.
 */
public final class AccessGate {
    private final String tenantId;

    public AccessGate(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("the gate is bound to one tenant");
        }
        this.tenantId = tenantId;
    }

    public AccessDecision decide(AccessRequest request, Supplier<List<Policy>> policies) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policies, "policies");
        AccessDecision beforePolicies = beforePolicies(request);
        if (beforePolicies != null) {
            return beforePolicies;
        }
        List<Policy> fetched = Objects.requireNonNull(policies.get(), "the policy supplier answered null");
        return switch (PolicyEvaluator.evaluate(request, fetched)) {
            case ALLOW -> AccessDecision.ALLOWED;
            case NO_POLICIES -> AccessDecision.NO_POLICIES;
            case DENIED -> AccessDecision.PERMISSION_DENIED;
        };
    }

    /**
     * Steps 1-3: the decision they make on their own (admin allowed; not a member, or out of
     * scope, refused), or {@code null} when the policies decide.
     */
    private AccessDecision beforePolicies(AccessRequest request) {
        Caller caller = request.caller();
        if (caller.systemAdmin()) {
            return AccessDecision.ALLOWED;
        }
        if (!caller.isMemberOf(tenantId)) {
            return AccessDecision.TENANT_NOT_A_MEMBER;
        }
        // Passing the scope gate only keeps the request going; the policies still decide.
        if (!caller.scopes().allow(request.action())) {
            return AccessDecision.SERVICE_ACCOUNT_SCOPE_DENIED;
        }
        return null;
    }

    /**
     * The four steps for a whole list of resources, whose item attributes in {@code perItem} the
     * store can filter on: everything for an administrator; otherwise the policies' answer as
     * filters (see {@link Visibility}), which is everything when no applicable policy is
     * conditioned on those attributes. The policies are those on the request's resource: the
     * collection ({@code crm:contacts}), or the parent of a sub-list ({@code crm:companies/7}).
     *
     * @throws Forbidden as {@link #enforce} would, and {@code permission_denied} when no item could be visible
     */
    public Visibility visibility(AccessRequest request, Supplier<List<Policy>> policies, Set<String> perItem) {
        return visibility(request, policies, fetched -> PolicyEvaluator.grant(request, fetched, perItem));
    }

    /**
     * The same for the items of a list themselves, {@code crm:{type}/{id}}, where the request names
     * their collection {@code crm:{type}}: which items the per-item check on each would allow,
     * policies scoped to some items' ids included ({@link PolicyEvaluator#grantOnItems}).
     *
     * @throws Forbidden as {@link #visibility} does
     */
    public Visibility visibilityOfItems(AccessRequest request, Supplier<List<Policy>> policies, Set<String> perItem) {
        return visibility(request, policies, fetched -> PolicyEvaluator.grantOnItems(request, fetched, perItem));
    }

    private Visibility visibility(
            AccessRequest request,
            Supplier<List<Policy>> policies,
            Function<List<Policy>, Optional<Visibility.Grant>> grant) {
        Objects.requireNonNull(request, "request");
        AccessDecision beforePolicies = beforePolicies(request);
        if (beforePolicies == AccessDecision.ALLOWED) {
            return Visibility.EVERYTHING;
        }
        if (beforePolicies != null) {
            throw new Forbidden(beforePolicies.errorCode(), explain(beforePolicies));
        }
        List<Policy> fetched = Objects.requireNonNull(policies.get(), "the policy supplier answered null");
        if (fetched.isEmpty()) {
            throw new Forbidden(AccessDecision.NO_POLICIES.errorCode(), explain(AccessDecision.NO_POLICIES));
        }
        return grant.apply(fetched)
                .map(granted -> new Visibility(List.of(granted)).and(Visibility.EVERYTHING))
                .orElseThrow(() -> new Forbidden(
                        AccessDecision.PERMISSION_DENIED.errorCode(), explain(AccessDecision.PERMISSION_DENIED)));
    }

    /**
     * Decides, and throws {@link Forbidden} with the decision's error code when the answer is
     * not {@link AccessDecision#ALLOWED}.
     */
    public void enforce(AccessRequest request, Supplier<List<Policy>> policies) {
        AccessDecision decision = decide(request, policies);
        if (!decision.allowed()) {
            throw new Forbidden(decision.errorCode(), explain(decision));
        }
    }

    /** A sentence for the client; it names nothing the caller did not send or may not know. */
    private static String explain(AccessDecision refusal) {
        return switch (refusal) {
            case TENANT_NOT_A_MEMBER -> "You are not a member of this tenant.";
            case SERVICE_ACCOUNT_SCOPE_DENIED -> "This token's scopes do not cover this action.";
            case NO_POLICIES -> "You have no permissions in this tenant.";
            case PERMISSION_DENIED -> "You do not have permission to do this.";
            case ALLOWED -> throw new IllegalStateException("an allowed request is not refused");
        };
    }
}
