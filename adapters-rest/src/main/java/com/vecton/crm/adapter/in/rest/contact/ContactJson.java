package com.vecton.crm.adapter.in.rest.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import io.swagger.v3.oas.annotations.media.Schema;

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
}
