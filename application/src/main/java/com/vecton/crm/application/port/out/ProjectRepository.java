package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
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

    /** One page of live projects matching the query, with the total number of matches: all of them, unfiltered. */
    default Page<Project> search(ProjectQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live projects that match the query and that the caller may see, with the total
     * of those. The visibility may test the attributes of {@link Project#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Project> search(ProjectQuery query, Visibility visible, PageRequest page);
}
