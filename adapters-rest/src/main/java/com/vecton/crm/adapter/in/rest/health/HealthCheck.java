package com.vecton.crm.adapter.in.rest.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code GET /health/ready} asks: the state of each component the process cannot serve
 * without (the database, its migrations). Bootstrap implements it; the answer is public, so it
 * holds statuses only, never a host name or an error message.
 */
@FunctionalInterface
public interface HealthCheck {

    /** Should answer within a couple of seconds; a check that throws counts as "not ready". */
    Readiness check();

    /** The state of one component. */
    enum Status {
        UP,
        DOWN
    }

    /** Each component's status by snake_case name; ready when every one is up. */
    record Readiness(Map<String, Status> components) {
        public Readiness {
            var copy = new LinkedHashMap<String, Status>();
            components.forEach((name, status) -> {
                if (name == null || !name.matches("[a-z][a-z0-9_]*") || status == null) {
                    throw new IllegalArgumentException("a component has a snake_case name and a status: " + name);
                }
                copy.put(name, status);
            });
            components = Collections.unmodifiableMap(copy);
        }

        public static Readiness of(String component, boolean up) {
            return new Readiness(Map.of(component, up ? Status.UP : Status.DOWN));
        }

        public boolean isReady() {
            return components.values().stream().allMatch(Status.UP::equals);
        }
    }
}
