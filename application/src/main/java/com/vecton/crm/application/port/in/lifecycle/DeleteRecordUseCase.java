package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.lifecycle.RecordId;

/** Move a record to the bin: a soft delete, so it disappears from lists and reads and can be restored. */
public interface DeleteRecordUseCase<I extends RecordId> {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound  when unknown or already deleted
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester's policies refuse this record
     */
    void delete(Requester who, I id);
}
