package com.vecton.crm.application.port.in.deal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealEdit;
import com.vecton.crm.domain.deal.DealId;

/** Change a deal's fields; a new stage puts it at the end of that stage and writes its stage history. */
public interface EditDealUseCase {

    Deal edit(Requester who, DealId id, DealEdit edit);
}
