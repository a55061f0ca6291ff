package com.vecton.crm.bootstrap.e2e;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Everything the process logs while it is open, as an operator's log would hold it: the root
 * logger at INFO (the production level) and {@code com.vecton} at DEBUG, java.util.logging bridged
 * to SLF4J as {@code Main} does, each event rendered with its MDC and its whole stack trace.
 *
 * <p>While open, the console appenders are detached (a fuzz run provokes thousands of lines); the
 * rendered lines go to a file instead, and everything is put back on {@link #close()}.
 */
final class ServerLogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("com.vecton");
    private final Level rootLevel;
    private final Level oursLevel;
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private final java.util.logging.Handler[] julHandlers;
    private final java.util.logging.Level julLevel;
    private final boolean bridgedByUs;
    private final BufferedWriter file;
    private final List<Line> lines = new ArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            String text = render(event);
            synchronized (lines) {
                lines.add(new Line(event.getLevel().isGreaterOrEqual(Level.WARN), text));
            }
            try {
                file.write(text);
                file.newLine();
            } catch (IOException e) {
                addError("cannot write the captured log", e);
            }
        }
    };

    /** One rendered event: level, request id, logger, message, and the stack trace if any. */
    record Line(boolean warnOrError, String text) {}

    ServerLogCapture(Path file) {
        try {
            Files.createDirectories(file.getParent());
            this.file = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rootLevel = root.getLevel();
        oursLevel = ours.getLevel();
        for (var it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        appender.setContext(root.getLoggerContext());
        appender.setName("fuzz-capture");
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        ours.setLevel(Level.DEBUG);

        var julRoot = java.util.logging.LogManager.getLogManager().getLogger("");
        julHandlers = julRoot.getHandlers();
        julLevel = julRoot.getLevel();
        bridgedByUs = !SLF4JBridgeHandler.isInstalled();
        if (bridgedByUs) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        julRoot.setLevel(java.util.logging.Level.INFO);
    }

    /** Every line so far. */
    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    static String render(ILoggingEvent event) {
        var text = new StringBuilder();
        Map<String, String> mdc = event.getMDCPropertyMap();
        text.append(event.getLevel())
                .append(" [")
                .append(mdc == null ? "" : mdc.getOrDefault("request_id", ""))
                .append("] ")
                .append(event.getLoggerName())
                .append(" - ")
                .append(event.getFormattedMessage());
        if (mdc != null && !mdc.isEmpty()) {
            text.append(" mdc=").append(mdc);
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            text.append(System.lineSeparator()).append(ThrowableProxyUtil.asString(thrown));
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        detached.forEach(root::addAppender);
        root.setLevel(rootLevel);
        ours.setLevel(oursLevel);
        var julRoot = java.util.logging.LogManager.getLogManager().getLogger("");
        if (bridgedByUs) {
            SLF4JBridgeHandler.uninstall();
            for (var handler : julHandlers) {
                julRoot.addHandler(handler);
            }
        }
        julRoot.setLevel(julLevel);
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
