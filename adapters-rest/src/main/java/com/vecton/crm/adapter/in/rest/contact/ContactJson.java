package com.vecton.crm.adapter.in.rest.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A contact as the API shows it. */
@Schema(name = "Contact")
record ContactJson(
        @JsonProperty("id") long id,

        @JsonProperty("name") @Schema(description = "first and last name together")
        String name,

        @JsonProperty("first_name") @Schema(nullable = true) String firstName,
        @JsonProperty("last_name") @Schema(nullable = true) String lastName,
        @JsonProperty("email") @Schema(nullable = true) String email,
        @JsonProperty("phone") @Schema(nullable = true) String phone,
        @JsonProperty("job_title") @Schema(nullable = true) String jobTitle,
        @JsonProperty("company_id") @Schema(nullable = true) Long companyId,
        @JsonProperty("notes") @Schema(nullable = true) String notes,
        @JsonUnwrapped LifecycleJson lifecycle)
        implements LifecycleJson.Part {

    static ContactJson from(Contact contact) {
        ContactDetails d = contact.details();
        return new ContactJson(
                contact.id().value(),
                d.displayName(),
                d.firstName(),
                d.lastName(),
                d.email(),
                d.phone(),
                d.jobTitle(),
                d.companyId() == null ? null : d.companyId().value(),
                d.notes(),
                LifecycleJson.of(contact));
    }

    /** {@code {"data": contact}} */
    @Schema(name = "ContactItem")
    record Item(@JsonProperty("data") ContactJson data) implements ItemTags.VersionedItem<ContactJson> {
        static Item of(Contact contact) {
            return new Item(from(contact));
        }
    }

    /** {@code {"data": [contact...], "meta": {...}}} */
    @Schema(name = "ContactList")
    record ListOf(
            @JsonProperty("data") List<ContactJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<Contact> page) {
            return new ListOf(page.items().stream().map(ContactJson::from).toList(), PageMeta.of(page));
        }
    }

    /** {@code {"data": [contact or tombstone...], "meta": {"next_cursor", "has_more"}}}: a page of the changes feed. */
    @Schema(name = "ContactChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {ContactJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<Contact> page) {
            return new ChangesOf(ChangeFeedJson.entries(page, ContactJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
