package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.ListProjectMembersUseCase;
import com.vecton.crm.application.port.out.ProjectMemberships;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;

/** Lists the live members of a live project; an unknown or deleted project is a 404, not an empty list. */
public final class ListProjectMembersService implements ListProjectMembersUseCase {
    private final ProjectRepository projects;
    private final ProjectMemberships memberships;

    public ListProjectMembersService(ProjectRepository projects, ProjectMemberships memberships) {
        this.projects = projects;
        this.memberships = memberships;
    }

    @Override
    public Page<ProjectMember> list(ProjectId project, PageRequest page) {
        if (projects.findById(project).isEmpty()) {
            throw new NotFound(ProjectServices.SUBJECT, project);
        }
        return memberships.listLive(project, page);
    }
}
