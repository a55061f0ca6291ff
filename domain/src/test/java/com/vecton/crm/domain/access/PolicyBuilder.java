package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Test data builder for normalised {@link Policy} values: every resource, no condition. */
public final class PolicyBuilder {
    private final Effect effect;
    private final List<String> actions;
    private List<String> resources = List.of("*");
    private Conditions conditions = Conditions.NONE;
    private String id = "p-test";

    private PolicyBuilder(Effect effect, List<String> actions) {
        this.effect = effect;
        this.actions = new ArrayList<>(actions);
    }

    public static PolicyBuilder anAllow(String... actionPatterns) {
        return new PolicyBuilder(Effect.ALLOW, Arrays.asList(actionPatterns));
    }

    public static PolicyBuilder aDeny(String... actionPatterns) {
        return new PolicyBuilder(Effect.DENY, Arrays.asList(actionPatterns));
    }

    public PolicyBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public PolicyBuilder on(String... resourcePatterns) {
        this.resources = Arrays.asList(resourcePatterns);
        return this;
    }

    /** Conditions in their raw JSON shape, e.g. {@code Map.of("StringEquals", Map.of("user.id", "u-1"))}. */
    public PolicyBuilder when(Map<String, ?> rawConditions) {
        this.conditions = Conditions.fromRaw(rawConditions);
        return this;
    }

    public Policy build() {
        return new Policy(
                id,
                effect,
                actions.stream().map(PermissionPattern::new).toList(),
                resources.stream().map(ResourcePattern::new).toList(),
                conditions);
    }
}
