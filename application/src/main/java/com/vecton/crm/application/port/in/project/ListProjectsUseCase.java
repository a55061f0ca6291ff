package com.vecton.crm.application.port.in.project;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectQuery;

/** Browse, filter and search live projects. */
public interface ListProjectsUseCase {

    Page<Project> list(ProjectQuery query, PageRequest page);
}
