package com.vecton.crm.adapter.out.identity;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a 200 body into bytes, but gives up past a size limit, so that an {@code IDENTITY_URL}
 * pointing at the wrong server cannot fill the heap. Bodies of other statuses are discarded:
 * nothing in them changes the answer.
 */
final class CappedBody implements BodySubscriber<byte[]> {
    private static final byte[] NOTHING = new byte[0];

    private final BodySubscriber<byte[]> bytes = BodySubscribers.ofByteArray();
    private final long limit;
    private Flow.Subscription subscription;
    private long received;
    private boolean abandoned;

    private CappedBody(long limit) {
        this.limit = limit;
    }

    static HttpResponse.BodyHandler<byte[]> handler(int limit) {
        return info -> {
            if (info.statusCode() != 200) {
                return BodySubscribers.replacing(NOTHING);
            }
            if (info.headers().firstValueAsLong("Content-Length").orElse(0) > limit) {
                // Refuse at once instead of downloading what we will throw away.
                var refused = new CappedBody(limit);
                refused.abandoned = true;
                return refused;
            }
            return new CappedBody(limit);
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return bytes.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (abandoned) {
            subscription.cancel();
            bytes.onError(tooLarge());
            return;
        }
        bytes.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (abandoned) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
        }
        if (received > limit) {
            abandoned = true;
            subscription.cancel();
            bytes.onError(tooLarge());
            return;
        }
        bytes.onNext(items);
    }

    @Override
    public void onError(Throwable error) {
        if (!abandoned) {
            bytes.onError(error);
        }
    }

    @Override
    public void onComplete() {
        if (!abandoned) {
            bytes.onComplete();
        }
    }

    private IOException tooLarge() {
        return new IOException("the body is larger than " + limit + " bytes");
    }
}
