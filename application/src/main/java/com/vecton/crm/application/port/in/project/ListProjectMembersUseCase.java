package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;

/** See who works on a live project. */
public interface ListProjectMembersUseCase {

    /**
     * The members of a project the requester could open ({@code projects.view} on the loaded project).
     *
     * @throws com.vecton.crm.domain.problem.NotFound  when the project is unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester may not view the project
     */
    Page<ProjectMember> list(Requester who, ProjectId project, PageRequest page);
}
