package com.vecton.crm.adapter.out.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The body limit when identity streams a body without a Content-Length. */
class CappedBodyTest {
    private static final class Subscription implements Flow.Subscription {
        boolean cancelled;

        @Override
        public void request(long n) {}

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static HttpResponse.ResponseInfo ok() {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of(), (k, v) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static List<ByteBuffer> chunk(String text) {
        return List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_streamed_body_within_the_limit_is_collected() throws Exception {
        var body = CappedBody.handler(10).apply(ok());
        var subscription = new Subscription();
        body.onSubscribe(subscription);
        body.onNext(chunk("{\"a\":"));
        body.onNext(chunk("1}"));
        body.onComplete();

        assertArrayEquals(
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                body.getBody().toCompletableFuture().get());
    }

    @Test
    void a_streamed_body_past_the_limit_is_abandoned() {
        var body = CappedBody.handler(10).apply(ok());
        var subscription = new Subscription();
        body.onSubscribe(subscription);
        body.onNext(chunk("123456"));
        body.onNext(chunk("789012"));
        body.onNext(chunk("more"));
        body.onComplete();

        var failure = assertThrows(
                ExecutionException.class,
                () -> body.getBody().toCompletableFuture().get());
        assertInstanceOf(IOException.class, failure.getCause());
        assertTrue(subscription.cancelled);
    }
}
