package com.vecton.crm.adapter.out.identity.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds one raw policy of identity.md section 2 for {@link FakeIdentityServer}, in the
 * contract's canonical shape; use {@link #with(String, Object)} and {@link #without(String)}
 * (or plain maps) for the variants seen in the wild.
 */
public final class FakePolicy {
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);

    private final LinkedHashMap<String, Object> json = new LinkedHashMap<>();

    private FakePolicy(String effect, String... actions) {
        json.put("id", "p-" + NEXT_ID.getAndIncrement());
        json.put("effect", effect);
        json.put("actions", new ArrayList<>(Arrays.asList(actions)));
        json.put("resources", new ArrayList<>(List.of("*")));
    }

    public static FakePolicy allow(String... actions) {
        return new FakePolicy("allow", actions);
    }

    public static FakePolicy deny(String... actions) {
        return new FakePolicy("deny", actions);
    }

    public FakePolicy id(String id) {
        json.put("id", id);
        return this;
    }

    public FakePolicy on(String... resources) {
        json.put("resources", new ArrayList<>(Arrays.asList(resources)));
        return this;
    }

    /** Adds one condition clause {@code {"operator": {"key": value}}}. */
    @SuppressWarnings("unchecked")
    public FakePolicy when(String operator, String key, Object value) {
        var conditions =
                (Map<String, Object>) json.computeIfAbsent("conditions", k -> new LinkedHashMap<String, Object>());
        var clause =
                (Map<String, Object>) conditions.computeIfAbsent(operator, k -> new LinkedHashMap<String, Object>());
        clause.put(key, value);
        return this;
    }

    public FakePolicy with(String key, Object value) {
        json.put(key, value);
        return this;
    }

    public FakePolicy without(String key) {
        json.remove(key);
        return this;
    }

    public Map<String, Object> toJson() {
        return new LinkedHashMap<>(json);
    }

    /** The raw list for {@link FakeIdentityServer#policies(String, List)}. */
    public static List<Map<String, Object>> list(FakePolicy... policies) {
        return Arrays.stream(policies).map(FakePolicy::toJson).toList();
    }
}
