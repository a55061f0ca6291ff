package com.vecton.crm.adapter.in.messaging;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import java.io.IOException;

/**
 * Identity's exchange (identity.md section 5): durable, topic, one routing key per event type.
 * Identity owns it; the CRM declares it too, with the same properties, so that a CRM started before
 * identity ever published can bind its queues (a declaration of an existing exchange is a no-op).
 */
final class IdentityExchange {
    static final String NAME = "vecton.events";

    private IdentityExchange() {}

    static void declare(Channel channel) throws IOException {
        channel.exchangeDeclare(NAME, BuiltinExchangeType.TOPIC, true);
    }
}
