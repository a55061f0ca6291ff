package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectQuery;

/**
 * Where projects are kept. Changes to a project's members take the project's row lock
 * ({@link #lockById}) too, so they run one after another per project.
 */
public interface ProjectRepository extends RecordStore<ProjectId, Project> {

    /** One page of live projects matching the query, with the total number of matches. */
    Page<Project> search(ProjectQuery query, PageRequest page);
}
