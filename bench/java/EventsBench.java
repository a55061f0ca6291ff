import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker side of bench/events.sh: publishes identity events, drives a steady write load and
 * measures outbox lag, and drains the CRM's events. Runs as a single-file program:
 * {@code java -cp amqp-client.jar:slf4j-api.jar bench/java/EventsBench.java <command> ...}.
 *
 * <pre>
 *   publish-identity AMQP_URL COUNT USER_PREFIX USERS   COUNT identity.user.updated events (tenant-free) for USERS users
 *   lag AMQP_URL BASE_URL TOKEN TENANT RATE SECONDS     POST /api/contacts at RATE/s for SECONDS; lag of each contact.created
 *   drain AMQP_URL TENANT COUNT TIMEOUT_S               receive COUNT events of TENANT; prints first/last receive (epoch ms)
 *   delete-queues AMQP_URL QUEUE...                     delete queues (left over by an earlier run)
 * </pre>
 */
public final class EventsBench {
    private static final Pattern OCCURRED_AT = Pattern.compile("\"occurred_at\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "publish-identity" -> publishIdentity(args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
            case "lag" -> lag(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            case "drain" -> drain(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "delete-queues" -> deleteQueues(args[1], java.util.Arrays.copyOfRange(args, 2, args.length));
            default -> {
                System.err.println("usage: EventsBench publish-identity|lag|drain ... (see the class comment)");
                System.exit(2);
            }
        }
    }

    private static Connection connect(String amqpUrl) throws Exception {
        var factory = new ConnectionFactory();
        factory.setUri(amqpUrl);
        return factory.newConnection("crm-bench");
    }

    /** Publishes with confirms in batches, as fast as the broker takes them. */
    static void publishIdentity(String amqpUrl, int count, String userPrefix, int users) throws Exception {
        try (Connection connection = connect(amqpUrl); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("vecton.events", BuiltinExchangeType.TOPIC, true);
            channel.confirmSelect();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String user = userPrefix + (i % users);
                String body = """
                        {"id":"%s","type":"identity.user.updated","occurred_at":"%s","tenant_id":null,\
                        "data":{"user_id":"%s","name":"Bench User %d","email":"%s@bench.test","locale":"hu","timezone":"Europe/Budapest"}}"""
                        .formatted(UUID.randomUUID(), Instant.now(), user, i, user);
                var props = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
                channel.basicPublish("vecton.events", "identity.user.updated", props, body.getBytes(StandardCharsets.UTF_8));
                if (i % 500 == 499) {
                    channel.waitForConfirmsOrDie(30_000);
                }
            }
            channel.waitForConfirmsOrDie(30_000);
            System.out.printf("published %d identity events in %d ms%n", count, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * A steady write load over HTTP (one contact create every 1/RATE s, each on its own virtual
     * thread) while a consumer measures, per event, receive time minus the event's occurred_at.
     * occurred_at is taken when the change starts, before its commit, so the lag is an upper bound
     * that includes the change's own transaction.
     */
    static void lag(String amqpUrl, String baseUrl, String token, String tenant, int rate, int seconds) throws Exception {
        var lags = Collections.synchronizedList(new ArrayList<Long>());
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var failures = new AtomicInteger();
        var sent = new AtomicInteger();
        try (Connection connection = connect(amqpUrl); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("crm.events", BuiltinExchangeType.TOPIC, true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, "crm.events", "crm." + tenant + ".contact.created");
            DeliverCallback onEvent = (tag, delivery) -> {
                long now = System.currentTimeMillis();
                Matcher m = OCCURRED_AT.matcher(new String(delivery.getBody(), StandardCharsets.UTF_8));
                if (m.find()) {
                    lags.add(now - Instant.parse(m.group(1)).toEpochMilli());
                }
            };
            channel.basicConsume(queue, true, onEvent, tag -> { });

            int total = rate * seconds;
            var done = new CountDownLatch(total);
            try (var scheduler = Executors.newScheduledThreadPool(1);
                 var workers = Executors.newVirtualThreadPerTaskExecutor()) {
                long periodNanos = 1_000_000_000L / rate;
                var ticks = new AtomicInteger();
                scheduler.scheduleAtFixedRate(() -> {
                    if (ticks.getAndIncrement() >= total) {
                        return;
                    }
                    workers.submit(() -> {
                        int n = sent.incrementAndGet();
                        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/contacts"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"first_name\":\"Lag\",\"last_name\":\"Probe " + n + "\"}"))
                                .build();
                        try {
                            var answer = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (answer.statusCode() != 201) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        } finally {
                            done.countDown();
                        }
                    });
                }, 0, periodNanos, TimeUnit.NANOSECONDS);
                if (!done.await(seconds + 60L, TimeUnit.SECONDS)) {
                    System.out.println("lag: not every request finished");
                }
                scheduler.shutdownNow();
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (lags.size() < total - failures.get() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            List<Long> sorted;
            synchronized (lags) {
                sorted = new ArrayList<>(lags);
            }
            Collections.sort(sorted);
            System.out.printf("lag: %d writes at %d/s for %d s, %d failed, %d events received; lag ms p50 %d p99 %d max %d%n",
                    total, rate, seconds, failures.get(), sorted.size(), percentile(sorted, 50), percentile(sorted, 99),
                    sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
        }
    }

    /** Receives COUNT events of the tenant from a queue bound before anything is written. */
    static void drain(String amqpUrl, String tenant, int count, int timeoutSeconds) throws Exception {
        var received = new AtomicInteger();
        var ids = ConcurrentHashMap.<String>newKeySet();
        var done = new CountDownLatch(1);
        long[] firstAndLast = new long[2];
        try (Connection connection = connect(amqpUrl); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("crm.events", BuiltinExchangeType.TOPIC, true);
            String queue = channel.queueDeclare().getQueue();
            channel.queueBind(queue, "crm.events", "crm." + tenant + ".#");
            channel.basicQos(1000);
            channel.basicConsume(queue, false, (tag, delivery) -> {
                long now = System.currentTimeMillis();
                if (delivery.getProperties().getMessageId() != null) {
                    ids.add(delivery.getProperties().getMessageId());
                }
                int n = received.incrementAndGet();
                if (n == 1) {
                    firstAndLast[0] = now;
                }
                channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
                if (n == count) {
                    firstAndLast[1] = now;
                    done.countDown();
                }
            }, tag -> { });
            System.out.println("drain: ready");
            System.out.flush();
            boolean all = done.await(timeoutSeconds, TimeUnit.SECONDS);
            System.out.printf("drain: received %d of %d (%d distinct ids); first %d last %d%n",
                    received.get(), count, ids.size(), firstAndLast[0], all ? firstAndLast[1] : System.currentTimeMillis());
        }
    }

    static void deleteQueues(String amqpUrl, String[] queues) throws Exception {
        try (Connection connection = connect(amqpUrl); Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private EventsBench() {
    }
}
