package com.vecton.crm.adapter.in.rest;

import static com.vecton.crm.adapter.in.rest.support.FakeAccess.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.support.FakeContacts;
import com.vecton.crm.adapter.in.rest.support.TestApi;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RestServerTest {

    @Test
    void stopping_lets_a_request_in_flight_finish_and_refuses_new_connections() throws Exception {
        var api = new TestApi();
        int port = api.server.port();
        assertTrue(port > 0);
        var inFlight = CompletableFuture.supplyAsync(() -> api.get("/api/contacts/" + FakeContacts.SLOW_ID, ADMIN));
        assertTrue(api.contacts.slowStarted.await(5, TimeUnit.SECONDS), "the slow request reached the use case");

        var stopping = CompletableFuture.runAsync(() -> api.server.stop(Duration.ofSeconds(30)));
        // Not a guessed sleep: the listener closes at some point after stop() began; from then on
        // (and while the slow request holds the stop) nothing connects.
        assertTrue(refusesConnectionsWithin(port, Duration.ofSeconds(5)), "no new connections while stopping");
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close(), "still none");
        api.contacts.slowRelease.countDown();

        var answer = inFlight.get(5, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("Slow", answer.json().path("data").path("first_name").asText());
        stopping.get(5, TimeUnit.SECONDS);
        api.close();
    }

    private static boolean refusesConnectionsWithin(int port, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                new Socket("127.0.0.1", port).close();
            } catch (IOException refused) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    @Test
    void stopping_gives_up_on_a_request_that_outlives_the_grace() throws Exception {
        var api = new TestApi();
        var inFlight = CompletableFuture.supplyAsync(() -> api.get("/api/contacts/" + FakeContacts.SLOW_ID, ADMIN));
        assertTrue(api.contacts.slowStarted.await(5, TimeUnit.SECONDS));
        long started = System.nanoTime();
        api.server.stop(Duration.ofMillis(300));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis < 2_500, "stop took " + tookMillis + " ms");
        api.contacts.slowRelease.countDown();
        inFlight.handle((answer, failure) -> null).get(5, TimeUnit.SECONDS);
    }
}
