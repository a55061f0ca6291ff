package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.sla.SlaPolicy;

/** Creates an SLA policy, or replaces one (id given); its calendar, project and label must exist. */
public interface SaveSlaPolicyUseCase {

    SlaPolicy savePolicy(Requester who, Long id, SlaPolicy.Details details);
}
