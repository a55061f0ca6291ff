package com.vecton.crm.adapter.out.messaging.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A port in front of the real broker that can be down (connections refused), up (bytes forwarded)
 * and cut (every forwarded connection dropped at once): a broker that is down at start, comes up,
 * and restarts, without touching the broker other tests use.
 */
public final class TcpProxy implements AutoCloseable {
    private final int port;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile ServerSocket server;

    /** Not listening yet: connecting to {@link #port()} is refused until {@link #up()}. */
    public TcpProxy(int targetPort) {
        this.targetPort = targetPort;
        try (var probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** How many connections it has accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    public synchronized void up() {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                var listening = new ServerSocket();
                listening.setReuseAddress(true);
                try {
                    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                } catch (IOException e) {
                    listening.close();
                    throw e;
                }
                server = listening;
                Thread.ofVirtual().start(() -> accept(listening));
                return;
            } catch (BindException e) {
                // The previous listener's socket is released once its accepting thread has left accept().
                if (System.nanoTime() > deadline) {
                    throw new UncheckedIOException(e);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stops listening and drops every connection, as a broker restart would. */
    public synchronized void down() {
        ServerSocket listening = server;
        server = null;
        closeQuietly(listening);
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        down();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                accepted.incrementAndGet();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
