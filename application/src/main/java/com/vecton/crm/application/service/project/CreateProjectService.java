package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.CreateProjectUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;

/**
 * Creates a project and its audit row in one transaction
 * ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}); its owner must be an active user.
 */
public final class CreateProjectService implements CreateProjectUseCase {
    private final ProjectServices s;

    public CreateProjectService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public Project create(Actor actor, ProjectDetails details) {
        return s.writes()
                .create(
                        actor,
                        () -> OwnerReference.requireActive(s.users(), details),
                        (id, now) -> Project.create(id, details, actor.userId(), now));
    }
}
