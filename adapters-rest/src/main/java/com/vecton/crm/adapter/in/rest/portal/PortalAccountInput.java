package com.vecton.crm.adapter.in.rest.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.portal.PortalAccountDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a client sends to make a portal account; the record only documents the shape (OpenAPI). */
@Schema(
        name = "PortalAccountInput",
        example = "{\"user_id\": \"u-1001\", \"contact_id\": 1}",
        description = "both are required: an active user known here and a live contact")
record PortalAccountInput(
        @JsonProperty("user_id") @Schema(maxLength = UserId.MAX_LENGTH)
        String userId,

        @JsonProperty("contact_id") @Schema(minimum = "1") Long contactId) {

    /** The account's details, every problem in one 422. */
    static PortalAccountDetails details(JsonBody body) {
        var errors = new InputErrors();
        String user = body.textOrNull("user_id", errors);
        Long contact = body.integer("contact_id", 1, Long.MAX_VALUE, errors).applyTo(null);
        UserId userId = null;
        if (user != null && !user.isBlank()) {
            if (user.strip().length() > UserId.MAX_LENGTH) {
                errors.add("user_id", "must not be longer than " + UserId.MAX_LENGTH + " characters");
            } else {
                userId = new UserId(user.strip());
            }
        }
        ContactId contactId = contact == null || contact < 1 ? null : new ContactId(contact);
        UserId finalUser = userId;
        PortalAccountDetails details = errors.capture(() -> new PortalAccountDetails(finalUser, contactId));

        errors.throwIfAny();
        return details;
    }
}
