package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.sla.SlaClock;
import com.vecton.crm.domain.sla.SlaPolicy;
import com.vecton.crm.domain.task.TaskId;
import java.util.List;
import java.util.Optional;

/** The SLA of one task: the policy that applies, each target's due time and state, the time paused; empty without a policy. */
public interface ShowTaskSlaUseCase {

    Optional<TaskSla> show(Requester who, TaskId task);

    /** The policy and one reading per target it promises. */
    record TaskSla(SlaPolicy policy, List<SlaClock.Reading> readings, SlaClock.State state) {}
}
