package com.vecton.crm.application.service.communication;

import com.vecton.crm.application.port.in.communication.CreateCommunicationLogUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records a log entry and its audit row in one transaction; its links must be live, and a deal or
 * contact link without a company links the deal's (or else the contact's) company too.
 */
public final class CreateCommunicationLogService implements CreateCommunicationLogUseCase {
    private final CommunicationLogServices s;

    public CreateCommunicationLogService(CommunicationLogServices services) {
        this.s = services;
    }

    @Override
    public CommunicationLog create(Actor actor, CommunicationLogDetails details) {
        var linked = new AtomicReference<>(details);
        return s.writes()
                .create(
                        actor,
                        () -> {
                            LogLinks.requireLive(s, details);
                            boolean noCompany = details.companyId() == null;
                            linked.set(LogLinks.withLinkedCompany(s, details, noCompany, noCompany));
                        },
                        (id, now) -> CommunicationLog.create(id, linked.get(), actor.userId(), now));
    }
}
