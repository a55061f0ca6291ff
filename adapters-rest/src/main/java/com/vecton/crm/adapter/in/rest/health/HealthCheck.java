package com.vecton.crm.adapter.in.rest.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code GET /health/ready} asks: the state of each component the process cannot serve
 * without (the database, its migrations), and of those it serves without, less well (the message
 * broker). Bootstrap implements it; the answer is public, so it holds statuses only, never a host
 * name or an error message.
 */
@FunctionalInterface
public interface HealthCheck {

    /** Should answer within a couple of seconds; a check that throws counts as "not ready". */
    Readiness check();

    /** The state of one component. */
    enum Status {
        UP,
        /** Not working, but the process still serves requests without it (the broker: events wait). */
        DEGRADED,
        DOWN
    }

    /** Each component's status by snake_case name; ready when none is down. */
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

        /** Ready to take traffic: no component is down (a degraded one does not stop requests). */
        public boolean isReady() {
            return components.values().stream().noneMatch(Status.DOWN::equals);
        }

        /** The worst status of any component; {@link Status#UP} when there are none. */
        public Status overall() {
            return components.values().stream().max(Enum::compareTo).orElse(Status.UP);
        }

        /** These components and those of {@code other}. */
        public Readiness and(Readiness other) {
            var all = new LinkedHashMap<String, Status>(components);
            all.putAll(other.components);
            return new Readiness(all);
        }
    }
}
