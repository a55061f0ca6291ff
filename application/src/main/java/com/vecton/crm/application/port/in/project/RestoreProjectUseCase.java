package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;

/** Bring a deleted project back. Restoring a live project changes nothing and is not an error. */
public interface RestoreProjectUseCase {

    Project restore(Actor actor, ProjectId id);
}
