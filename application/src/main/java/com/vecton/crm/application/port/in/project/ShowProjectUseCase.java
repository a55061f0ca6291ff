package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;

/** Look at one live project. */
public interface ShowProjectUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when unknown or deleted */
    Project show(ProjectId id);
}
