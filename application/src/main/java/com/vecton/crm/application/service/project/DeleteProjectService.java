package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.DeleteProjectUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.project.ProjectId;

/** Soft-deletes a live project; its memberships stay for a restore. */
public final class DeleteProjectService implements DeleteProjectUseCase {
    private final ProjectServices s;

    public DeleteProjectService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public void delete(Actor actor, ProjectId id) {
        s.transactions().inTransaction(() -> {
            var current = s.lockLive(id);
            var now = s.clock().now();
            s.projects().save(current.delete(now));
            s.audit().record(actor, ProjectServices.SUBJECT, id, AuditEvent.DELETED, Changes.NONE, now);
        });
    }
}
