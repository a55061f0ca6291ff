package com.vecton.crm.archfixture.adapter.in.messaging;

import com.vecton.crm.archfixture.adapter.out.messaging.WellBehavedChannel;
import com.vecton.crm.archfixture.application.port.in.WellBehavedShowContactUseCase;

public final class WellBehavedConsumer {

    private final WellBehavedChannel deadLetters;
    private final WellBehavedShowContactUseCase service;

    public WellBehavedConsumer(WellBehavedChannel deadLetters, WellBehavedShowContactUseCase service) {
        this.deadLetters = deadLetters;
        this.service = service;
    }

    public void reject(byte[] body) {
        deadLetters.send("dead", body);
    }
}
