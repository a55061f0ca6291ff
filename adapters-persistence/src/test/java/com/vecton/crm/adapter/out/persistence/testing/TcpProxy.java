package com.vecton.crm.adapter.out.persistence.testing;

import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP forwarder in front of the test Postgres that a test can cut off, to see what the adapter
 * does when the server is unreachable (connections refused, open connections reset) without
 * stopping a server that other tests share. It listens on the same port again when resumed.
 */
public final class TcpProxy implements AutoCloseable {
    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^/:,]+)(?::(\\d+))?(/.*)");

    private final InetSocketAddress target;
    private final DatabaseSettings settings;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    private TcpProxy(DatabaseSettings database, Matcher url) {
        this.target = new InetSocketAddress(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        this.settings = new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:" + port + url.group(3),
                database.user(),
                database.password(),
                database.poolSize(),
                database.connectTimeout(),
                database.statementTimeout());
        accept(listener);
    }

    /** A proxy to the server of {@code database} (a URL with one host), forwarding at once. */
    public static TcpProxy inFrontOf(DatabaseSettings database) {
        Matcher url = HOST_AND_PORT.matcher(database.jdbcUrl());
        if (!url.matches()) {
            throw new IllegalArgumentException("a URL with one host, please: " + database.jdbcUrl());
        }
        return new TcpProxy(database, url);
    }

    /** {@code database}'s settings, reaching it through this proxy. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** Stops listening (new connections are refused) and resets every connection it forwards. */
    public void refuse() {
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Listens again, on the same port. */
    public void resume() {
        listener = listen(port);
        accept(listener);
    }

    @Override
    public void close() {
        refuse();
    }

    private void accept(ServerSocket on) {
        Thread.ofVirtual().name("tcp-proxy-accept-" + port).start(() -> {
            while (!on.isClosed()) {
                try {
                    forward(on.accept());
                } catch (IOException e) {
                    // closed by refuse()
                }
            }
        });
    }

    private void forward(Socket client) {
        var server = new Socket();
        sockets.add(client);
        sockets.add(server);
        try {
            server.connect(target, 2_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        pump(client, server);
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side went away; closing both below tells the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static ServerSocket listen(int port) {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
