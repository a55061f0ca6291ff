package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.CreateProjectUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;

/** Creates a project and its audit row in one transaction. */
public final class CreateProjectService implements CreateProjectUseCase {
    private final ProjectServices s;

    public CreateProjectService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public Project create(Actor actor, ProjectDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            OwnerReference.requireActive(s.users(), details);
            var now = s.kit().clock().now();
            var project = Project.create(s.projects().nextId(), details, actor.userId(), now);
            s.projects().save(project);
            s.kit().audit().record(actor, ProjectServices.SUBJECT, project.id(), AuditEvent.CREATED,
                    Changes.created(details.asFields()), now);
            return project;
        });
    }
}
