package com.vecton.crm.adapter.in.rest.sla;

import com.vecton.crm.application.port.in.sla.DetectSlaBreachesUseCase;
import com.vecton.crm.application.port.in.sla.ListCalendarsUseCase;
import com.vecton.crm.application.port.in.sla.ListSlaBreachesUseCase;
import com.vecton.crm.application.port.in.sla.ListSlaPoliciesUseCase;
import com.vecton.crm.application.port.in.sla.ReportSlaUseCase;
import com.vecton.crm.application.port.in.sla.SaveCalendarUseCase;
import com.vecton.crm.application.port.in.sla.SaveSlaPolicyUseCase;
import com.vecton.crm.application.port.in.sla.ShowTaskSlaUseCase;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The in-ports the SLA routes drive, as one part of {@code RestUseCases}; and the breach job's,
 * which bootstrap runs periodically beside them.
 */
public record SlaUseCases(
        ListCalendarsUseCase calendars,
        SaveCalendarUseCase saveCalendar,
        ListSlaPoliciesUseCase policies,
        SaveSlaPolicyUseCase savePolicy,
        ShowTaskSlaUseCase taskSla,
        ListSlaBreachesUseCase breaches,
        ReportSlaUseCase report,
        DetectSlaBreachesUseCase detect) {
    public static final List<Class<?>> RESOURCE_CLASSES =
            List.of(BusinessCalendarResource.class, SlaResource.class, TaskSlaResource.class);

    public SlaUseCases {
        if (Stream.of(calendars, saveCalendar, policies, savePolicy, taskSla, breaches, report, detect)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every SLA use case is wired");
        }
    }

    public List<Object> resources() {
        return List.of(new BusinessCalendarResource(this), new SlaResource(this), new TaskSlaResource(this));
    }
}
