package com.vecton.crm.adapter.in.rest.support;

import ch.qos.logback.classic.Level;
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

    /** The level to restore on close, when this capture lowered it. */
    private final Level restore;

    private final boolean lowered;

    public LogCapture(String loggerName) {
        this(loggerName, null);
    }

    private LogCapture(String loggerName, Level level) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        restore = logger.getLevel();
        lowered = level != null;
        if (lowered) {
            logger.setLevel(level);
        }
        appender.start();
        logger.addAppender(appender);
    }

    /**
     * Everything the process logs at DEBUG and above, whatever the test configuration's level:
     * for tests that prove something never reaches any log line.
     */
    public static LogCapture everything() {
        return new LogCapture(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.DEBUG);
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
            var found = events().stream()
                    .filter(e -> e.getFormattedMessage().contains(text))
                    .toList();
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
        if (lowered) {
            logger.setLevel(restore);
        }
    }
}
