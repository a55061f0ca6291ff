package com.vecton.crm.adapter.in.rest.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** A project as the API shows it. */
@Schema(name = "Project")
record ProjectJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,

        @JsonProperty("description") @Schema(nullable = true)
        String description,

        @JsonProperty("status") @Schema(allowableValues = {"active", "on_hold", "completed", "archived"})
        String status,

        @JsonProperty("start_date") @Schema(nullable = true, type = "string", format = "date")
        LocalDate startDate,

        @JsonProperty("end_date") @Schema(nullable = true, type = "string", format = "date")
        LocalDate endDate,

        @JsonProperty("owner_id") @Schema(nullable = true) String ownerId,
        @JsonUnwrapped LifecycleJson lifecycle)
        implements LifecycleJson.Part {

    static ProjectJson from(Project project) {
        ProjectDetails d = project.details();
        return new ProjectJson(
                project.id().value(),
                d.name(),
                d.description(),
                d.status().apiName(),
                d.startDate(),
                d.endDate(),
                d.ownerId() == null ? null : d.ownerId().value(),
                LifecycleJson.of(project));
    }
}
