package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.sla.SlaBreach;
import java.time.Instant;

/** Breaches by the time they were detected, newest first. */
public interface ListSlaBreachesUseCase {

    Page<SlaBreach> breaches(
            Requester who, Instant from, Instant to, Long policyId, Boolean resolved, PageRequest page);
}
