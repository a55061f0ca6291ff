package com.vecton.crm.adapter.out.messaging.testing;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import com.vecton.crm.adapter.out.messaging.Backoff;
import com.vecton.crm.adapter.out.messaging.Broker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real RabbitMQ of the test machine, seen from a test: an admin connection of its own (never
 * force-closed by the tests) to publish, count and read messages, and the queues and exchanges a
 * test declared, deleted on {@link #close()}. Tests use unique tenant ids and names so that they
 * never see each other's messages.
 */
public final class TestRabbit implements AutoCloseable {
    public static final String URL = System.getProperty("crm.test.amqp-url", "amqp://guest:guest@127.0.0.1:5672");
    /** Short waits, so a reconnect in a test takes a fraction of a second. */
    public static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(400));
    /** Every connection a test opens is named so, which is how {@link #forceClose} finds only its own. */
    public static final String CONNECTION_PREFIX = "crm-test-";

    private final Connection admin;
    private final List<String> queues = new ArrayList<>();
    private final List<String> exchanges = new ArrayList<>();

    public TestRabbit() {
        var factory = new ConnectionFactory();
        try {
            factory.setUri(URL);
            factory.setAutomaticRecoveryEnabled(false);
            admin = factory.newConnection("test-admin-" + UUID.randomUUID());
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ is not reachable at " + Broker.redact(URL), e);
        }
    }

    public static String uniqueTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique connection name with the prefix {@link #forceClose} recognises. */
    public static String connectionName(String role) {
        return CONNECTION_PREFIX + role + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A broker connection for a test, with {@link #FAST} backoff. */
    public static Broker broker(String role) {
        return Broker.start(URL, connectionName(role), FAST);
    }

    /** Deleted on {@link #close()} (queues first), whether or not the test declared it. */
    public void deleteAfterwards(String queue) {
        queues.add(queue);
    }

    public void deleteExchangeAfterwards(String exchange) {
        exchanges.add(exchange);
    }

    /** Publishes and waits for the broker's confirm, so a returned publish is in every bound queue. */
    public void publish(String exchange, String routingKey, String messageId, byte[] body) {
        withChannel(channel -> {
            channel.confirmSelect();
            var properties = new AMQP.BasicProperties.Builder()
                    .messageId(messageId)
                    .contentType("application/json")
                    .deliveryMode(2)
                    .build();
            channel.basicPublish(exchange, routingKey, properties, body);
            channel.waitForConfirmsOrDie(5_000);
            return null;
        });
    }

    public void publish(String exchange, String routingKey, String messageId, String body) {
        publish(exchange, routingKey, messageId, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Messages ready in the queue (not those delivered and unacked). */
    public long ready(String queue) {
        return withChannel(channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    /** Consumers subscribed to the queue: once there is one, its bindings are in place too. */
    public int consumers(String queue) {
        try {
            return withChannel(channel -> channel.queueDeclarePassive(queue).getConsumerCount());
        } catch (UncheckedIOException e) {
            return 0;
        }
    }

    public boolean exists(String queue) {
        try {
            ready(queue);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Takes one message (acked), or {@code null} when the queue is empty. */
    public GetResponse take(String queue) {
        return withChannel(channel -> channel.basicGet(queue, true));
    }

    /** A durable queue of the test's, bound to the exchange with the key; deleted afterwards. */
    public String queueBoundTo(String exchange, String bindingKey) {
        String queue = "crm-test." + UUID.randomUUID();
        withChannel(channel -> {
            channel.queueDeclare(queue, true, false, false, null);
            channel.queueBind(queue, exchange, bindingKey);
            return null;
        });
        deleteAfterwards(queue);
        return queue;
    }

    /** Declares a durable topic exchange as the adapter does (a no-op when it exists); not deleted afterwards. */
    public void declareTopicExchange(String exchange) {
        withChannel(channel -> channel.exchangeDeclare(exchange, "topic", true));
    }

    public void deleteExchange(String exchange) {
        withChannel(channel -> channel.exchangeDelete(exchange));
    }

    public void deleteQueue(String queue) {
        withChannel(channel -> channel.queueDelete(queue));
    }

    /**
     * Has the broker close every connection whose name starts with {@code namePrefix}, as
     * {@code rabbitmqctl close_all_connections} would, but sparing other tests' connections (and
     * this admin connection). Returns how many it closed.
     */
    public static int forceClose(String namePrefix) {
        List<String> pids = new ArrayList<>();
        for (String line : rabbitmqctl("-q", "list_connections", "--no-table-headers", "pid", "client_properties")) {
            if (line.contains("{\"connection_name\",\"" + namePrefix)) {
                pids.add(line.substring(0, line.indexOf('\t')));
            }
        }
        for (String pid : pids) {
            rabbitmqctl("close_connection", pid, "test");
        }
        return pids.size();
    }

    /** A vhost of the test's own (unique name), with no permissions for anyone; delete it with {@link #deleteVhost}. */
    public static String addVhost() {
        return addVhost("crm-test-vhost-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Adds the vhost of this name (again, after {@link #deleteVhost}); no permissions for anyone. */
    public static String addVhost(String vhost) {
        rabbitmqctl("add_vhost", vhost);
        return vhost;
    }

    /** Lets the test user ({@code guest}) configure, write and read everything in the vhost. */
    public static void grantGuest(String vhost) {
        rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
    }

    /** Deletes the vhost and everything in it; the broker closes the connections that use it. */
    public static void deleteVhost(String vhost) {
        rabbitmqctl("delete_vhost", vhost);
    }

    private static List<String> rabbitmqctl(String... arguments) {
        var command = new ArrayList<String>();
        command.add("rabbitmqctl");
        command.addAll(List.of(arguments));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("rabbitmqctl failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (String queue : queues) {
            quietly(() -> deleteQueue(queue));
        }
        for (String exchange : exchanges) {
            quietly(() -> deleteExchange(exchange));
        }
        quietly(() -> {
            try {
                admin.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // best effort: a leftover test queue is harmless
        }
    }

    @FunctionalInterface
    private interface ChannelWork<T> {
        T run(Channel channel) throws IOException, TimeoutException, InterruptedException;
    }

    /** A fresh channel per call: a failed passive declare closes its channel. */
    private <T> T withChannel(ChannelWork<T> work) {
        try (Channel channel = admin.createChannel()) {
            return work.run(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (com.rabbitmq.client.AlreadyClosedException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
