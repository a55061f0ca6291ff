package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.out.ProjectMemberships;
import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;

/** What every project use case needs from the outside; one value so wiring stays short. */
public record ProjectServices(
        ProjectRepository projects, ProjectMemberships memberships, TenantUsers users, UseCaseKit kit) {
    /** The subject type of projects (and of changes to their members) in the audit trail. */
    public static final String SUBJECT = "project";

    /** What opening one project needs, and so what a list of projects needs on each of them. */
    public static final Permission VIEW = new Permission("projects.view");

    /** Projects as the lifecycle use cases see them; a deleted project keeps its memberships for a restore. */
    public RecordType<ProjectId, Project> type() {
        return RecordType.softDeleted(SUBJECT, projects, kit::admit, Project::delete, Project::undelete);
    }

    /** The steps of a create and an edit that are the same for every entity, on projects; their audit rows compare the details. */
    public RecordWrites<ProjectId, Project> writes() {
        return new RecordWrites<>(type(), kit, project -> project.details().asFields());
    }

    /** Which projects a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(Project.RESOURCE_TYPE, VIEW, Project.FILTERABLE);
    }
}
