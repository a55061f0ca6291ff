package com.vecton.crm.application.port.in.communication;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogDetails;

/** Record an exchange with a customer. */
public interface CreateCommunicationLogUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.ValidationFailed when a linked record is not live
     */
    CommunicationLog create(Actor actor, CommunicationLogDetails details);
}
