package com.vecton.crm.application.port.in.label;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.label.TaskLabelId;

/** Remove a label for good (labels keep no history; the audit trail records the deletion). */
public interface DeleteTaskLabelUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when there is no such label */
    void delete(Requester who, TaskLabelId id);
}
