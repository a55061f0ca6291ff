package com.vecton.crm.adapter.in.rest.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.domain.project.ProjectMember;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A live member of a project as the API shows it; name and email come from the user mirror. */
@Schema(name = "ProjectMember")
record ProjectMemberJson(
        @JsonProperty("user_id") String userId,
        @JsonProperty("name") @Schema(nullable = true) String name,
        @JsonProperty("email") @Schema(nullable = true) String email,

        @JsonProperty("role") @Schema(allowableValues = {"manager", "member", "viewer"})
        String role,

        @JsonProperty("added_at") Instant addedAt) {

    static ProjectMemberJson from(ProjectMember member) {
        return new ProjectMemberJson(
                member.userId().value(),
                member.name(),
                member.email(),
                member.role().apiName(),
                member.addedAt());
    }

    /** {@code {"data": member}} */
    @Schema(name = "ProjectMemberItem")
    record Item(@JsonProperty("data") ProjectMemberJson data) {
        static Item of(ProjectMember member) {
            return new Item(from(member));
        }
    }
}
