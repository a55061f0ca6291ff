package com.vecton.crm.application.port.in.communication;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogEdit;
import com.vecton.crm.domain.communication.CommunicationLogId;

/** Change a communication log entry. */
public interface EditCommunicationLogUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound         when unknown or deleted
     * @throws com.vecton.crm.domain.problem.ValidationFailed when a newly linked record is not live
     */
    CommunicationLog edit(Requester who, CommunicationLogId id, CommunicationLogEdit edit);
}
