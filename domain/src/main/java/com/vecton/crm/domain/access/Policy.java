package com.vecton.crm.domain.access;

import java.util.List;

/**
 * One normalised identity policy. Build it from identity's raw JSON with {@link PolicyNormaliser}.
 */
public record Policy(
        String id,
        Effect effect,
        List<PermissionPattern> actions,
        List<ResourcePattern> resources,
        Conditions conditions) {
    public Policy {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        if (effect == null || conditions == null || actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException(
                    "a policy has an effect, conditions, and at least one action and resource");
        }
    }

    // Plain loops: these run for every policy on every request, and a stream allocates.
    public boolean coversAction(QualifiedPermission action) {
        for (PermissionPattern pattern : actions) {
            if (pattern.matches(action)) {
                return true;
            }
        }
        return false;
    }

    public boolean coversResource(ResourceName resource) {
        for (ResourcePattern pattern : resources) {
            if (pattern.matches(resource)) {
                return true;
            }
        }
        return false;
    }
}
