package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.project.ProjectId;

/** Move a project to the bin (soft delete); its memberships are kept for a restore. */
public interface DeleteProjectUseCase {

    void delete(Actor actor, ProjectId id);
}
