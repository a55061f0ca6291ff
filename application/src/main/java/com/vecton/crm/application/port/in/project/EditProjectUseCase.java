package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectId;

/** Change some or all of a project's details. */
public interface EditProjectUseCase {

    Project edit(Actor actor, ProjectId id, ProjectEdit edit);
}
