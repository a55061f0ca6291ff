package com.vecton.crm.adapter.in.rest.project;

import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.application.port.in.project.AddProjectMemberUseCase;
import com.vecton.crm.application.port.in.project.CreateProjectUseCase;
import com.vecton.crm.application.port.in.project.EditProjectUseCase;
import com.vecton.crm.application.port.in.project.ListProjectMembersUseCase;
import com.vecton.crm.application.port.in.project.RemoveProjectMemberUseCase;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the projects and project members routes drive, as one part of {@code RestUseCases}. */
public record ProjectUseCases(
        CreateProjectUseCase create,
        EditProjectUseCase edit,
        DeleteRecordUseCase<ProjectId> delete,
        RestoreRecordUseCase<ProjectId, Project> restore,
        ShowRecordUseCase<ProjectId, Project> show,
        ListRecordsUseCase<ProjectQuery, Project> list,
        ListProjectMembersUseCase listMembers,
        AddProjectMemberUseCase addMember,
        RemoveProjectMemberUseCase removeMember,
        ListChangesUseCase<Project> changes) {
    public ProjectUseCases {
        if (Stream.of(create, edit, delete, restore, show, list, listMembers, addMember, removeMember, changes)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every project use case of the HTTP API is wired");
        }
    }

    /** The projects routes. */
    public ProjectResource resource() {
        return new ProjectResource(this);
    }

    /** The project members routes. */
    public ProjectMembersResource membersResource() {
        return new ProjectMembersResource(listMembers, addMember, removeMember);
    }
}
