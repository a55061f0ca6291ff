package com.vecton.crm.adapter.in.messaging;

import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase;
import com.vecton.crm.domain.event.IdentityEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory stand-in for the real use case (tested against Postgres in adapters-persistence):
 * answers as its contract says (another tenant, a duplicate id, applied) and records every call.
 * It can be made to fail, to hold every call until released, or to be slow.
 */
final class RecordingHandler implements HandleIdentityEventUseCase {
    private final String servedTenant;
    private final List<IdentityEvent> calls = new CopyOnWriteArrayList<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile long slownessMillis;
    private volatile Runnable afterApplying = () -> {};

    RecordingHandler(String servedTenant) {
        this.servedTenant = servedTenant;
    }

    @Override
    public Outcome handle(IdentityEvent event) {
        calls.add(event);
        try {
            gate.await(30, TimeUnit.SECONDS);
            Thread.sleep(slownessMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("the database is unavailable (test)");
        }
        Outcome outcome;
        if (!event.concerns(servedTenant)) {
            outcome = Outcome.OTHER_TENANT;
        } else if (applied.add(event.id())) {
            outcome = Outcome.APPLIED;
            afterApplying.run();
        } else {
            outcome = Outcome.DUPLICATE;
        }
        outcomes.add(outcome);
        return outcome;
    }

    void failNext(int times) {
        failuresToCome.set(times);
    }

    /** Every call waits until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    void slowDown(long millis) {
        slownessMillis = millis;
    }

    /** Runs once an event was applied, before the call returns (before the consumer acks). */
    void afterApplying(Runnable action) {
        afterApplying = action;
    }

    List<IdentityEvent> calls() {
        return List.copyOf(calls);
    }

    long callsFor(String eventId) {
        return calls.stream().filter(event -> event.id().equals(eventId)).count();
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    Set<String> applied() {
        return Set.copyOf(applied);
    }
}
