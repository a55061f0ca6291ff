package com.vecton.crm.adapter.out.persistence.project;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store contract on projects. */
class ProjectStoreContractTest extends RecordStoreContract<ProjectId, Project> {

    @Override
    protected String table() {
        return "projects";
    }

    @Override
    protected RecordStore<ProjectId, Project> storeOn(Persistence db) {
        return db.projects();
    }

    @Override
    protected Project newRecord(ProjectId id) {
        return Project.create(
                id,
                aProject()
                        .running("2026-11-01", "2026-12-31")
                        .ownedBy(CREATOR.value())
                        .build(),
                CREATOR,
                T0);
    }

    @Override
    protected Project changed(Project project, Instant now) {
        return project.edit(
                ProjectEdit.replacingWith(
                        aProject().withStatus(ProjectStatus.ON_HOLD).build()),
                now);
    }

    @Override
    protected ProjectId idOf(Project project) {
        return project.id();
    }

    @Override
    protected Object stateOf(Project project) {
        return List.of(project.id(), project.details(), project.lifecycle());
    }

    @Override
    protected Optional<Project> deleted(Project project, Instant now) {
        return Optional.of(project.delete(now));
    }

    @Override
    protected Project restored(Project project, Instant now) {
        return project.undelete(now);
    }
}
