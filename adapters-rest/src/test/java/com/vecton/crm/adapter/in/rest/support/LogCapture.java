package com.vecton.crm.adapter.in.rest.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what one logger writes while a test runs. */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // The MDC is read lazily; freeze it now, on the thread that logged.
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    public LogCapture(String loggerName) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    public LogCapture(Class<?> type) {
        this(type.getName());
    }

    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** Waits briefly: the access line is written after the response is handed over, on the server's thread. */
    public List<ILoggingEvent> eventsContaining(String text) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            var found = events().stream().filter(e -> e.getFormattedMessage().contains(text)).toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
