package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.lifecycle.RecordId;

/** Bring a deleted record back. Restoring a live one changes nothing and is not an error. */
public interface RestoreRecordUseCase<I extends RecordId, E> {

    /** @throws com.vecton.crm.domain.problem.NotFound when unknown */
    E restore(Actor actor, I id);
}
