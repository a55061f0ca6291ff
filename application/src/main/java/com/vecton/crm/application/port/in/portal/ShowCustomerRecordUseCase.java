package com.vecton.crm.application.port.in.portal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.lifecycle.RecordId;

/** A portal caller opens one record of their company, exactly when the type's portal list would show it. */
public interface ShowCustomerRecordUseCase<I extends RecordId, E> {

    /**
     * @throws com.vecton.crm.domain.problem.Forbidden {@code portal_account_missing} without a portal account
     * @throws com.vecton.crm.domain.problem.NotFound  for any record outside the caller's company, whatever the id
     */
    E show(Requester who, I id);
}
