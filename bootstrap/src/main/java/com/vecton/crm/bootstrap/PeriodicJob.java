package com.vecton.crm.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A maintenance job every replica runs on a timer of its own. Jobs must be safe to run on several
 * replicas at once (they are written so: batches with SKIP LOCKED); a failed run is logged and
 * the next one tries again.
 */
final class PeriodicJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

    private final ScheduledExecutorService timer;

    private PeriodicJob(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs {@code job} after {@code firstAfter}, then every {@code period}. */
    static PeriodicJob start(String name, Duration firstAfter, Duration period, Runnable job) {
        var timer = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        job.run();
                    } catch (RuntimeException e) {
                        LOG.warn("{} failed; it runs again in {}: {}", name, period, e.toString());
                    }
                },
                firstAfter.toMillis(),
                period.toMillis(),
                TimeUnit.MILLISECONDS);
        return new PeriodicJob(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
