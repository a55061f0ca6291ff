package com.vecton.crm.adapter.in.rest.http;

import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Builds the Grizzly server for a Jersey application with our edge: the {@link EdgeHandler} in
 * front of Jersey, the {@link ProblemCodec} in place of Grizzly's parser, and the
 * {@link HttpLimits} set on the listener. Not started.
 */
public final class GrizzlyServers {
    private GrizzlyServers() {}

    public static HttpServer create(URI uri, ResourceConfig application) {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(uri, application, false);
        ServerConfiguration configuration = server.getServerConfiguration();
        HttpHandler jersey = onlyHandler(configuration);
        configuration.removeHttpHandler(jersey);
        configuration.addHttpHandler(new EdgeHandler(jersey), "/");
        configuration.setDefaultErrorPageGenerator(EdgeHandler.ERROR_PAGES);
        for (NetworkListener listener : server.getListeners()) {
            listener.setMaxHttpHeaderSize(HttpLimits.MAX_HEADER_BYTES);
            listener.setMaxRequestHeaders(HttpLimits.MAX_HEADERS);
            listener.getKeepAlive().setIdleTimeoutInSeconds((int) HttpLimits.IDLE_TIMEOUT.toSeconds());
            listener.getTransport().setReadTimeout(HttpLimits.READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            listener.registerAddOn(ProblemCodec.addOn());
            listener.getTransport().setWorkerThreadPool(requestThreads());
        }
        return server;
    }

    /**
     * A virtual thread per request, as Jersey's {@code USE_VIRTUAL_THREADS} would give, but named.
     * Logback names an event's thread when the access log line is queued, and for a thread without
     * a name it asks, by reflection, whether the thread is virtual: a {@code Class.getMethod} per
     * logged line (1.6 % of get-by-id's CPU samples, bench/results-2026-12-01-cpu.md).
     */
    private static ExecutorService requestThreads() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("http-", 0).factory());
    }

    private static HttpHandler onlyHandler(ServerConfiguration configuration) {
        var handlers = configuration.getHttpHandlersWithMapping().keySet();
        if (handlers.size() != 1) {
            throw new IllegalStateException(
                    "expected Jersey's container as the only handler, found " + handlers.size());
        }
        return handlers.iterator().next();
    }
}
