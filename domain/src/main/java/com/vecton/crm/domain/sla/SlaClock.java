package com.vecton.crm.domain.sla;

import com.vecton.crm.domain.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clock of one SLA target on one task: business time of the policy's calendar from the task's
 * creation, not counting the periods the task spent in a pause status (from its status history).
 *
 * <p>The due instant is where the running time reaches the target: each period of the history in
 * a running status contributes its business time, each paused one none; while the task is paused
 * now, the due instant is the one it would have if it left the pause status this moment. A target is
 * met when the task first reaches a status that meets it ({@link SlaTarget#metBy}): on time if that
 * is at or before the due instant.
 */
public final class SlaClock {
    private SlaClock() {}

    /** The state of one target. */
    public enum State {
        ON_TRACK("on_track"),
        WARNING("warning"),
        BREACHED("breached"),
        MET("met"),
        PAUSED("paused");

        private final String apiName;

        State(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    /**
     * @param dueAt   where the target falls due
     * @param metAt   when the task met it, if it did
     * @param paused  business time spent paused so far
     */
    public record Reading(SlaTarget target, Instant dueAt, Optional<Instant> metAt, Duration paused, State state) {
        public boolean breached() {
            return state == State.BREACHED || metAt.map(m -> m.isAfter(dueAt)).orElse(false);
        }
    }

    /**
     * Reads one target at {@code now}.
     *
     * @param history the task's statuses, oldest first, the first at its creation
     */
    public static Reading read(
            BusinessCalendar calendar,
            List<StatusChange> history,
            SlaTarget target,
            Duration allowed,
            Set<String> pauseStatuses,
            Duration warnBefore,
            Instant now) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a task has a status from its creation");
        }
        Optional<Instant> metAt = history.stream()
                .filter(change -> target.metBy(change.status()))
                .map(StatusChange::at)
                .findFirst();
        // The clock stops when the target is met; paused time counts up to then (or now).
        Instant end = metAt.orElse(now);
        long remaining = allowed.toNanos();
        long paused = 0;
        Instant due = null;
        boolean pausedNow = false;
        for (int i = 0; i < history.size(); i++) {
            var change = history.get(i);
            Instant from = change.at();
            Instant to = i + 1 < history.size() ? history.get(i + 1).at() : null;
            // A pause after the target was met no longer moves its due instant.
            boolean pausing = pauseStatuses.contains(change.status())
                    && metAt.map(met -> from.isBefore(met)).orElse(true);
            if (pausing) {
                Instant until = to == null ? (end.isAfter(from) ? end : from) : (to.isBefore(end) ? to : end);
                if (until.isAfter(from)) {
                    paused += calendar.between(from, until).toNanos();
                }
                if (to == null) {
                    pausedNow = metAt.isEmpty();
                    Instant resume = now.isAfter(from) ? now : from;
                    due = due != null ? due : calendar.plus(resume, Duration.ofNanos(remaining));
                }
                continue;
            }
            if (due != null) {
                continue;
            }
            if (to == null) {
                due = calendar.plus(from, Duration.ofNanos(remaining));
                continue;
            }
            long available = calendar.between(from, to).toNanos();
            if (remaining <= available) {
                due = calendar.plus(from, Duration.ofNanos(remaining));
            } else {
                remaining -= available;
            }
        }
        State state;
        if (metAt.isPresent()) {
            state = metAt.get().isAfter(due) ? State.BREACHED : State.MET;
        } else if (now.isAfter(due)) {
            state = State.BREACHED;
        } else if (pausedNow) {
            state = State.PAUSED;
        } else if (!now.isBefore(calendar.minus(due, warnBefore))) {
            state = State.WARNING;
        } else {
            state = State.ON_TRACK;
        }
        return new Reading(target, due, metAt, Duration.ofNanos(paused), state);
    }

    /** The state of a task's SLA as a whole: breached over paused over warning over on track; met when all are. */
    public static State overall(List<Reading> readings) {
        if (readings.stream().anyMatch(r -> r.state() == State.BREACHED)) {
            return State.BREACHED;
        }
        if (readings.stream().anyMatch(r -> r.state() == State.PAUSED)) {
            return State.PAUSED;
        }
        if (readings.stream().anyMatch(r -> r.state() == State.WARNING)) {
            return State.WARNING;
        }
        if (readings.stream().allMatch(r -> r.state() == State.MET)) {
            return State.MET;
        }
        return State.ON_TRACK;
    }
}
