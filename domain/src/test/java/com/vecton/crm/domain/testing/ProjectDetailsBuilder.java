package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.project.ProjectStatus;
import java.time.LocalDate;

/** Test data: valid {@link ProjectDetails}, changed only where a test cares. */
public final class ProjectDetailsBuilder {
    private String name = "Website relaunch";
    private String description;
    private ProjectStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private UserId ownerId;

    private ProjectDetailsBuilder() {}

    public static ProjectDetailsBuilder aProject() {
        return new ProjectDetailsBuilder();
    }

    public ProjectDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    public ProjectDetailsBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public ProjectDetailsBuilder withStatus(ProjectStatus status) {
        this.status = status;
        return this;
    }

    public ProjectDetailsBuilder running(String startDate, String endDate) {
        this.startDate = startDate == null ? null : LocalDate.parse(startDate);
        this.endDate = endDate == null ? null : LocalDate.parse(endDate);
        return this;
    }

    public ProjectDetailsBuilder ownedBy(String userId) {
        this.ownerId = userId == null ? null : new UserId(userId);
        return this;
    }

    public ProjectDetails build() {
        return new ProjectDetails(name, description, status, startDate, endDate, ownerId);
    }
}
