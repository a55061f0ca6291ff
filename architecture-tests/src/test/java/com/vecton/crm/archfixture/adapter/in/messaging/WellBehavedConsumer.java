package com.vecton.crm.archfixture.adapter.in.messaging;

import com.vecton.crm.archfixture.adapter.out.messaging.WellBehavedChannel;
import com.vecton.crm.archfixture.application.service.WellBehavedService;

public final class WellBehavedConsumer {

    private final WellBehavedChannel deadLetters;
    private final WellBehavedService service;

    public WellBehavedConsumer(WellBehavedChannel deadLetters, WellBehavedService service) {
        this.deadLetters = deadLetters;
        this.service = service;
    }

    public void reject(byte[] body) {
        deadLetters.send("dead", body);
    }
}
