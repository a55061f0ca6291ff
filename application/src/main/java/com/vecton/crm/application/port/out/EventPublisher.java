package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.event.CrmEvent;
import java.util.List;

/** Where the CRM's events go for other services (the {@code crm.events} exchange). */
public interface EventPublisher {

    /**
     * Publishes the events in list order and returns once the broker confirmed every one.
     *
     * @throws EventsNotPublished when the broker is unreachable, refuses one, or does not confirm in time;
     *         any of them may still have been delivered (consumers deduplicate by event id)
     */
    void publishConfirmed(List<CrmEvent> events);

    /** Publishing did not complete; the events must be published again. */
    final class EventsNotPublished extends RuntimeException {
        public EventsNotPublished(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
