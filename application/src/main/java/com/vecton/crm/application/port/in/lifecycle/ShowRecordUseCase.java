package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.lifecycle.RecordId;

/** Look at one live record (a contact, a company, a project, ...). */
public interface ShowRecordUseCase<I extends RecordId, E> {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound  when unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester's policies refuse this record
     */
    E show(Requester who, I id);
}
