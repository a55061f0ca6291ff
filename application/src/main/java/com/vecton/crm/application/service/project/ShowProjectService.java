package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.ShowProjectUseCase;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;

/** Reads one live project. */
public final class ShowProjectService implements ShowProjectUseCase {
    private final ProjectRepository projects;

    public ShowProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Project show(ProjectId id) {
        return projects.findById(id).orElseThrow(() -> new NotFound(ProjectServices.SUBJECT, id));
    }
}
