package com.vecton.crm.domain.communication;

import java.time.Instant;

/**
 * One entry of a company's timeline, newest first: a log entry of the company or of one of its
 * contacts. Entries of other kinds (a deal's stage change) join as further cases.
 */
public sealed interface TimelineEntry {

    /** When it happened: what the timeline is ordered by (newest first, then the highest id). */
    Instant at();

    /** A communication log entry. */
    record Logged(CommunicationLog log) implements TimelineEntry {
        public Logged {
            if (log == null) {
                throw new IllegalArgumentException("a logged entry has its log");
            }
        }

        @Override
        public Instant at() {
            return log.details().occurredAt();
        }
    }
}
