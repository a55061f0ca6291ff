package com.vecton.crm.adapter.in.rest.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.portal.PortalAccount;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A customer portal account as the API shows it to staff. */
@Schema(name = "PortalAccount")
record PortalAccountJson(
        @JsonProperty("id") long id,

        @JsonProperty("user_id") @Schema(description = "the identity user who signs in")
        String userId,

        @JsonProperty("contact_id")
        @Schema(description = "the contact the user is; its company, as it is now, is what the portal shows")
        long contactId,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,
        @JsonProperty("version") long version)
        implements ItemTags.VersionedJson {

    static PortalAccountJson from(PortalAccount account) {
        return new PortalAccountJson(
                account.id().value(),
                account.details().userId().value(),
                account.details().contactId().value(),
                account.createdBy().map(UserId::value).orElse(null),
                account.createdAt(),
                account.updatedAt(),
                account.deletedAt().orElse(null),
                account.version());
    }
}
