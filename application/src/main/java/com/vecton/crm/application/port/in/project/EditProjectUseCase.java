package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectId;

/** Change some or all of a project's details. */
public interface EditProjectUseCase {

    Project edit(Requester who, ProjectId id, ProjectEdit edit);
}
