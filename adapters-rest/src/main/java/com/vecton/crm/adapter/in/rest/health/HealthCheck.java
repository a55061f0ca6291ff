package com.vecton.crm.adapter.in.rest.health;

import com.vecton.crm.domain.name.Names;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code GET /health/ready} asks: the state of each component the process cannot serve
 * without (the database, its migrations), and of those it serves without, less well (the message
 * broker). Bootstrap implements it. The answer is public, so it holds statuses and, only for a
 * component that will not recover by itself until an operator acts (a broker that refuses the
 * configured vhost or credentials), a reason written for that operator: what is wrong and how to
 * fix it, in words of our own that name no host, user or password and quote no error message.
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

    /**
     * Each component's status by snake_case name, and the reasons of those an operator must fix;
     * ready when none is down.
     */
    record Readiness(Map<String, Status> components, Map<String, String> reasons) {
        /** A reason is one line; longer ones are a bug (they are meant to be read in a probe's answer). */
        static final int REASON_MAX_LENGTH = 500;

        public Readiness {
            var copy = new LinkedHashMap<String, Status>();
            components.forEach((name, status) -> {
                if (!Names.isSnakeCase(name) || status == null) {
                    throw new IllegalArgumentException("a component has a snake_case name and a status: " + name);
                }
                copy.put(name, status);
            });
            components = Collections.unmodifiableMap(copy);
            var reasonCopy = new LinkedHashMap<String, String>();
            reasons.forEach((name, reason) -> {
                if (!copy.containsKey(name)
                        || reason == null
                        || reason.isBlank()
                        || reason.length() > REASON_MAX_LENGTH
                        || reason.contains("\n")
                        || reason.contains("\r")) {
                    throw new IllegalArgumentException("a reason is one line of a listed component: " + name);
                }
                reasonCopy.put(name, reason);
            });
            reasons = Collections.unmodifiableMap(reasonCopy);
        }

        /** Components without reasons. */
        public Readiness(Map<String, Status> components) {
            this(components, Map.of());
        }

        public static Readiness of(String component, boolean up) {
            return new Readiness(Map.of(component, up ? Status.UP : Status.DOWN));
        }

        /** One component that an operator must fix, with the reason saying what is wrong and how to fix it. */
        public static Readiness of(String component, Status status, String reason) {
            return new Readiness(Map.of(component, status), Map.of(component, reason));
        }

        /** Why the component is not up, when it will not recover by itself. */
        public Optional<String> reason(String component) {
            return Optional.ofNullable(reasons.get(component));
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
            var allReasons = new LinkedHashMap<String, String>(reasons);
            other.components.keySet().forEach(allReasons::remove);
            allReasons.putAll(other.reasons);
            return new Readiness(all, allReasons);
        }
    }
}
