package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.sla.SlaReport;
import java.time.Instant;
import java.util.List;

/** Per policy, over the tasks created in a period: due, met, breached, and the median business minutes to first response and to resolution. */
public interface ReportSlaUseCase {

    List<SlaReport> report(Requester who, Instant from, Instant to);
}
