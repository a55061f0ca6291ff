package com.vecton.crm.adapter.in.rest.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

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

    /** {@code {"data": account}} */
    @Schema(name = "PortalAccountItem")
    record Item(@JsonProperty("data") PortalAccountJson data) implements ItemTags.VersionedItem<PortalAccountJson> {
        static Item of(PortalAccount account) {
            return new Item(from(account));
        }
    }

    /** {@code {"data": [account...], "meta": {...}}} */
    @Schema(name = "PortalAccountList")
    record ListOf(
            @JsonProperty("data") List<PortalAccountJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<PortalAccount> page) {
            return new ListOf(page.items().stream().map(PortalAccountJson::from).toList(), PageMeta.of(page));
        }
    }

    /** A page of the changes feed. */
    @Schema(name = "PortalAccountChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {PortalAccountJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<PortalAccount> page) {
            return new ChangesOf(ChangeFeedJson.entries(page, PortalAccountJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
