package com.vecton.crm.adapter.in.rest.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

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

    /** {@code {"data": project}} */
    @Schema(name = "ProjectItem")
    record Item(@JsonProperty("data") ProjectJson data) implements ItemTags.VersionedItem<ProjectJson> {
        static Item of(Project project) {
            return new Item(from(project));
        }
    }

    /** {@code {"data": [project...], "meta": {...}}} */
    @Schema(name = "ProjectList")
    record ListOf(
            @JsonProperty("data") List<ProjectJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<Project> page) {
            return new ListOf(page.items().stream().map(ProjectJson::from).toList(), PageMeta.of(page));
        }
    }

    /** {@code {"data": [project or tombstone...], "meta": {"next_cursor", "has_more"}}}: a page of the changes feed. */
    @Schema(name = "ProjectChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {ProjectJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<Project> page) {
            return new ChangesOf(ChangeFeedJson.entries(page, ProjectJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
