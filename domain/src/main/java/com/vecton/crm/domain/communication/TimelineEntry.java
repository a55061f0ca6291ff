package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.pipeline.StageId;
import java.time.Instant;

/**
 * One entry of a company's timeline, newest first: a log entry of the company, of one of its
 * contacts or of one of its deals, or a stage change of one of its deals.
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

    /**
     * A deal of the company entered a stage (a row of its stage history).
     *
     * @param id          the history row's id
     * @param from        the stage it left, absent for the deal's first stage
     * @param fromName    that stage's name, absent with it
     * @param changedBy   who moved it, absent when not recorded
     * @param probability the deal's probability from then on
     */
    record StageChanged(
            long id,
            DealId deal,
            String dealTitle,
            StageId from,
            String fromName,
            StageId to,
            String toName,
            Instant at,
            UserId changedBy,
            int probability)
            implements TimelineEntry {
        public StageChanged {
            if (deal == null || dealTitle == null || to == null || toName == null || at == null) {
                throw new IllegalArgumentException("a stage change has its deal, the stage entered and when");
            }
        }
    }
}
