package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.sla.SlaPolicy;
import java.util.List;

/** Every SLA policy, by position. */
public interface ListSlaPoliciesUseCase {

    List<SlaPolicy> policies(Requester who);
}
