package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.lifecycle.RecordId;

/** Move a record to the bin: a soft delete, so it disappears from lists and reads and can be restored. */
public interface DeleteRecordUseCase<I extends RecordId> {

    /** @throws com.vecton.crm.domain.problem.NotFound when unknown or already deleted */
    void delete(Actor actor, I id);
}
