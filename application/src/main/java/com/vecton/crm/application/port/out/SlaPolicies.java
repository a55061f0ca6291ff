package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.calendar.CalendarSpec;
import com.vecton.crm.domain.sla.SlaPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SLA configuration: business-hours calendars and SLA policies. */
public interface SlaPolicies {

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code calendar_name_taken} */
    CalendarSpec addCalendar(CalendarSpec.Details details, UserId createdBy, Instant at);

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code calendar_name_taken} */
    Optional<CalendarSpec> replaceCalendar(long id, CalendarSpec.Details details, Instant at);

    Optional<CalendarSpec> calendar(long id);

    /** By name. */
    List<CalendarSpec> calendars();

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code sla_policy_name_taken} */
    SlaPolicy addPolicy(SlaPolicy.Details details, UserId createdBy, Instant at);

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code sla_policy_name_taken} */
    Optional<SlaPolicy> replacePolicy(long id, SlaPolicy.Details details, Instant at);

    Optional<SlaPolicy> policy(long id);

    /** Every policy, by position then id: the order in which the first matching active one applies. */
    List<SlaPolicy> policies();
}
