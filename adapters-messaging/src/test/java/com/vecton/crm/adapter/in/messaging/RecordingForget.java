package com.vecton.crm.adapter.in.messaging;

import com.vecton.crm.application.port.in.event.ForgetCachedIdentityUseCase;
import com.vecton.crm.domain.event.IdentityEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what one replica was told to forget. */
final class RecordingForget implements ForgetCachedIdentityUseCase {
    private final List<IdentityEvent> forgotten = new CopyOnWriteArrayList<>();

    @Override
    public void forget(IdentityEvent event) {
        forgotten.add(event);
    }

    /** Ids of the events identity sent (not the flushes the consumer makes on subscribing). */
    List<String> identityEventIds() {
        return forgotten.stream()
                .map(IdentityEvent::id)
                .filter(id -> !id.startsWith("crm-resubscribed-"))
                .toList();
    }

    /** The flushes the consumer made itself because events may have been missed. */
    List<IdentityEvent> flushesOnSubscribing() {
        return forgotten.stream()
                .filter(event -> event.id().startsWith("crm-resubscribed-"))
                .toList();
    }
}
