package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.in.messaging.CacheFlushConsumer;
import com.vecton.crm.adapter.in.messaging.IdentityEventConsumer;
import com.vecton.crm.adapter.in.rest.health.HealthCheck.Readiness;
import com.vecton.crm.adapter.in.rest.health.HealthCheck.Status;
import com.vecton.crm.adapter.out.messaging.Broker;
import com.vecton.crm.adapter.out.messaging.BrokerRefusal;
import com.vecton.crm.adapter.out.messaging.RabbitEventPublisher;
import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdentityCache;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.event.ForgetCachedIdentityService;
import com.vecton.crm.application.service.event.ForgetOldEventIdsService;
import com.vecton.crm.application.service.event.HandleIdentityEventService;
import com.vecton.crm.application.service.event.RelayOutboxService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's part in the event traffic, when {@code AMQP_URL} is set: the consumer of the
 * tenant's identity-event queue (shared by the replicas), this process's own cache-flush queue
 * (when it has caches), the outbox relay to {@code crm.events}, and the job that forgets old
 * handled event ids. Everything starts in the background and returns at once: a broker that is
 * down at start only degrades readiness.
 */
final class Events implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);
    /** Events per relay transaction: large enough for throughput, small enough to confirm in well under a second. */
    static final int RELAY_BATCH = 500;

    private final Broker broker;
    /** Closed in reverse order of start. */
    private final List<AutoCloseable> started;

    private Events(Broker broker, List<AutoCloseable> started) {
        this.broker = broker;
        this.started = started;
    }

    /**
     * Connects (in the background) and starts consuming and relaying.
     *
     * @param cache this process's identity cache, flushed by identity's events; empty for a worker that has none
     */
    static Optional<Events> start(
            CrmConfig config, Persistence persistence, Optional<IdentityCache> cache, Clock clock) {
        if (config.amqpUrl().isEmpty()) {
            return Optional.empty();
        }
        String tenant = config.tenantId();
        Broker broker;
        try {
            broker = Broker.start(config.amqpUrl().get().toString(), Broker.connectionName(tenant));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("AMQP_URL", e.getMessage());
        }
        var started = new ArrayList<AutoCloseable>();
        var events = new Events(broker, started);
        try {
            var handler = new HandleIdentityEventService(
                    tenant,
                    persistence.transactions(),
                    persistence.processedEvents(),
                    persistence.tenantUsers(),
                    persistence.tasks(),
                    new AuditTrail(persistence.activityLog()),
                    clock);
            var consumer = new IdentityEventConsumer(broker, tenant, handler);
            consumer.start();
            started.add(consumer);
            if (cache.isPresent()) {
                var flush =
                        new CacheFlushConsumer(broker, tenant, new ForgetCachedIdentityService(tenant, cache.get()));
                flush.start();
                started.add(flush);
            }
            var forgetOldIds = new ForgetOldEventIdsService(persistence.processedEvents(), clock);
            started.add(PeriodicJob.start("forget-old-event-ids", Duration.ofMinutes(5), Duration.ofHours(6), () -> {
                int forgotten = forgetOldIds.forgetOldEventIds();
                if (forgotten > 0) {
                    LOG.info(
                            "forgot {} identity event ids handled more than {} days ago",
                            forgotten,
                            ForgetOldEventIdsService.RETENTION.toDays());
                }
            }));
            var publisher = new RabbitEventPublisher(broker, tenant);
            started.add(publisher);
            started.add(OutboxRelay.start(
                    new RelayOutboxService(
                            persistence.transactions(), persistence.eventOutbox(), publisher, RELAY_BATCH),
                    persistence::outboxSignal));
            return Optional.of(events);
        } catch (RuntimeException e) {
            events.close();
            throw e;
        }
    }

    /**
     * The broker as a readiness component: down only degrades (HTTP serves; events wait). A broker
     * that refuses the settings degrades too, but with the reason, since only an operator can fix it.
     *
     * <p>Why not {@code 503} then: readiness is the runtime contract's "database reachable and
     * migrated", which orchestrators act on; every replica shares the one {@code AMQP_URL}, so a 503
     * would take them all out of rotation and turn an event-side mistake (or a password changed on
     * the broker) into an outage of an HTTP API that works. The ERROR line and the reason make the
     * mistake as visible as the outage would, without causing it.
     */
    Readiness readiness() {
        Optional<BrokerRefusal> refusal = broker.refusal();
        if (refusal.isPresent()) {
            return Readiness.of("broker", Status.DEGRADED, refusal.get().reason());
        }
        return new Readiness(Map.of("broker", broker.state() == Broker.State.CONNECTED ? Status.UP : Status.DEGRADED));
    }

    /** Stops relaying and consuming (a message in hand is finished and acked), then disconnects. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", started.get(i), e.toString());
            }
        }
        broker.close();
    }
}
