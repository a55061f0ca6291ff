package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.lifecycle.RecordId;

/** Bring a deleted record back. Restoring a live one changes nothing and is not an error. */
public interface RestoreRecordUseCase<I extends RecordId, E> {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound  when unknown
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester's policies refuse this record
     */
    E restore(Requester who, I id);
}
