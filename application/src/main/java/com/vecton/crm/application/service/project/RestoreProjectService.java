package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.RestoreProjectUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;

/** Undoes a soft delete. Idempotent: restoring a live project returns it unchanged. */
public final class RestoreProjectService implements RestoreProjectUseCase {
    private final ProjectServices s;

    public RestoreProjectService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public Project restore(Actor actor, ProjectId id) {
        return s.transactions().inTransaction(() -> {
            var current = s.projects().lockById(id).orElseThrow(() -> new NotFound(ProjectServices.SUBJECT, id));
            if (!current.isDeleted()) {
                return current;
            }
            var now = s.clock().now();
            var restored = current.undelete(now);
            s.projects().save(restored);
            s.audit().record(actor, ProjectServices.SUBJECT, id, AuditEvent.RESTORED, Changes.NONE, now);
            return restored;
        });
    }
}
