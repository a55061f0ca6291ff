package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {

    /** A fresh id for a project about to be created. */
    ProjectId nextId();

    /** Inserts a new project or overwrites the stored one with the same id. */
    void save(Project project);

    /** A live (not soft-deleted) project. */
    Optional<Project> findById(ProjectId id);

    /**
     * A project, live or soft-deleted, locked against concurrent changes until the transaction ends.
     * Changes to a project's members take this lock too, so they run one after another per project.
     */
    Optional<Project> lockById(ProjectId id);

    /** One page of live projects matching the query, with the total number of matches. */
    Page<Project> search(ProjectQuery query, PageRequest page);
}
