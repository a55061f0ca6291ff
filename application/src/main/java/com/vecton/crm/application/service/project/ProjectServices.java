package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.out.ProjectMemberships;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;

/** What every project use case needs from the outside; one value so wiring stays short. */
public record ProjectServices(ProjectRepository projects, ProjectMemberships memberships, TenantUsers users,
                              UseCaseKit kit) {
    /** The subject type of projects (and of changes to their members) in the audit trail. */
    public static final String SUBJECT = "project";

    /** Projects as the lifecycle use cases see them; a deleted project keeps its memberships for a restore. */
    public RecordType<ProjectId, Project> type() {
        return RecordType.of(SUBJECT, projects, kit::admit).softDeleted(Project::delete, Project::undelete);
    }

    /**
     * The live project, locked until the transaction ends, once the requester's policies hold on it
     * as locked (changing its members is changing it); 404 when unknown or deleted.
     */
    Project lockLive(Requester who, ProjectId id) {
        var project = projects.lockById(id).filter(p -> !p.isDeleted()).orElseThrow(() -> new NotFound(SUBJECT, id));
        kit.admit(who, project);
        return project;
    }
}
