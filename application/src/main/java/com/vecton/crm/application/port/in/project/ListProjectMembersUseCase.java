package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;

/** See who works on a live project. */
public interface ListProjectMembersUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when the project is unknown or deleted */
    Page<ProjectMember> list(ProjectId project, PageRequest page);
}
