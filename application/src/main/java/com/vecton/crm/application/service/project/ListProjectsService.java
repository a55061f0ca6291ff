package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.ListProjectsUseCase;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectQuery;

/** Lists, filters and searches live projects. */
public final class ListProjectsService implements ListProjectsUseCase {
    private final ProjectRepository projects;

    public ListProjectsService(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Page<Project> list(ProjectQuery query, PageRequest page) {
        return projects.search(query, page);
    }
}
