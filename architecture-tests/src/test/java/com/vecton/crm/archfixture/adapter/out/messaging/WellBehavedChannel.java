package com.vecton.crm.archfixture.adapter.out.messaging;

/** Shared by the consumer and the publisher: in.messaging and out.messaging are one adapter. */
public final class WellBehavedChannel {

    public void send(String routingKey, byte[] body) {
        if (routingKey.isBlank() || body.length == 0) {
            throw new IllegalArgumentException("nothing to send");
        }
    }
}
