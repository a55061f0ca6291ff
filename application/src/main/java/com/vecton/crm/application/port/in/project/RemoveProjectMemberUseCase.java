package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectId;

/** Take a user off a live project (a soft removal: adding them again restores the membership). */
public interface RemoveProjectMemberUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when the project is unknown or deleted, or the user is no member */
    void remove(Requester who, ProjectId project, UserId user);
}
