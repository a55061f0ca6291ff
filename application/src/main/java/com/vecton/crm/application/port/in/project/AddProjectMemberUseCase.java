package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.MemberRole;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;

/** Put a user on a live project; a user who was removed before comes back. */
public interface AddProjectMemberUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound         when the project is unknown or deleted
     * @throws com.vecton.crm.domain.problem.ValidationFailed on {@code user_id} when the user is not an active user
     * @throws com.vecton.crm.domain.problem.RuleViolated     {@code already_a_member} when the user is a member
     */
    ProjectMember add(Requester who, ProjectId project, UserId user, MemberRole role);
}
