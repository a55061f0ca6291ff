package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.ListProjectMembersUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;

/**
 * Lists the live members of a live project; an unknown or deleted project is a 404, not an empty
 * list. The members are the project's content, so the requester's policies ({@code projects.view},
 * the route's) must hold on the project as loaded, as they must to open it.
 */
public final class ListProjectMembersService implements ListProjectMembersUseCase {
    private final ProjectServices s;

    public ListProjectMembersService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public Page<ProjectMember> list(Requester who, ProjectId project, PageRequest page) {
        var loaded = s.projects().findById(project).orElseThrow(() -> new NotFound(ProjectServices.SUBJECT, project));
        s.kit().admit(who, loaded);
        return s.memberships().listLive(project, page);
    }
}
