package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;

/** Start a project. */
public interface CreateProjectUseCase {

    /** @throws com.vecton.crm.domain.problem.ValidationFailed on {@code owner_id} when the owner is not an active user */
    Project create(Actor actor, ProjectDetails details);
}
