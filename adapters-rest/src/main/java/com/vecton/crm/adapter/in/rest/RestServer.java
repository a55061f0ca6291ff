package com.vecton.crm.adapter.in.rest;

import com.vecton.crm.adapter.in.rest.http.GrizzlyServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running HTTP server (Grizzly) serving the API; stopping it lets requests in flight finish. */
public final class RestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    private final HttpServer server;
    private final URI baseUri;
    private boolean stopped;

    private RestServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    static RestServer start(ResourceConfig config, String host, int port) {
        URI requested = uri(host, port);
        HttpServer server = GrizzlyServers.create(requested, config);
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
        NetworkListener listener = server.getListeners().iterator().next();
        URI actual = uri(host, listener.getPort());
        LOG.info("HTTP API listening on {}", actual);
        return new RestServer(server, actual);
    }

    /** {@code http://host:port/}, with the port actually bound (useful when 0 was asked for). */
    public URI baseUri() {
        return baseUri;
    }

    public int port() {
        return baseUri.getPort();
    }

    /**
     * Stops taking connections, lets requests in flight finish for up to {@code grace}, then
     * closes whatever is left. Idempotent.
     */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        long millis = Math.max(0, grace.toMillis());
        try {
            server.shutdown(millis, TimeUnit.MILLISECONDS).get(millis + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("HTTP API did not stop cleanly within {} ms; closing what is left", millis, e);
        } finally {
            server.shutdownNow();
        }
        LOG.info("HTTP API on {} stopped", baseUri);
    }

    /** Stops with the contract's grace of {@link RestApi#SHUTDOWN_GRACE}. */
    @Override
    public void close() {
        stop(RestApi.SHUTDOWN_GRACE);
    }

    private static URI uri(String host, int port) {
        try {
            return new URI("http", null, host, port, "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a host name or address: " + host, e);
        }
    }
}
