package com.vecton.crm.adapter.in.rest.contact;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.edit.FieldEdit;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fields a client may send for a contact, and how a body becomes domain input. The record
 * only documents the shape (OpenAPI); bodies are read from the JSON tree, where PATCH can tell
 * an absent field from a {@code null} one.
 */
@Schema(
        name = "ContactInput",
        example =
                "{\"first_name\": \"Ödön\", \"last_name\": \"Árvai\", \"email\": \"odon@arvai.example\", \"job_title\": \"CEO\", \"company_id\": 1}",
        description = "POST and PUT need first_name or last_name; PATCH changes only the fields sent (null clears)")
record ContactInput(
        @JsonProperty("first_name") @Schema(nullable = true, maxLength = ContactDetails.MAX_FIRST_NAME)
        String firstName,

        @JsonProperty("last_name") @Schema(nullable = true, maxLength = ContactDetails.MAX_LAST_NAME)
        String lastName,

        @JsonProperty("email") @Schema(nullable = true, format = "email")
        String email,

        @JsonProperty("phone") @Schema(nullable = true, maxLength = ContactDetails.MAX_PHONE)
        String phone,

        @JsonProperty("job_title") @Schema(nullable = true, maxLength = ContactDetails.MAX_JOB_TITLE)
        String jobTitle,

        @JsonProperty("company_id") @Schema(nullable = true, minimum = "1")
        Long companyId,

        @JsonProperty("notes") @Schema(nullable = true, maxLength = ContactDetails.MAX_NOTES)
        String notes) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static ContactDetails details(JsonBody body) {
        var errors = new InputErrors();
        String firstName = body.textOrNull("first_name", errors);
        String lastName = body.textOrNull("last_name", errors);
        String email = body.textOrNull("email", errors);
        String phone = body.textOrNull("phone", errors);
        String jobTitle = body.textOrNull("job_title", errors);
        CompanyId companyId =
                companyId(body.integer("company_id", errors), errors).applyTo(null);
        String notes = body.textOrNull("notes", errors);
        ContactDetails details =
                errors.capture(() -> new ContactDetails(firstName, lastName, email, phone, jobTitle, companyId, notes));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static ContactEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new ContactEdit(
                body.text("first_name", errors),
                body.text("last_name", errors),
                body.text("email", errors),
                body.text("phone", errors),
                body.text("job_title", errors),
                companyId(body.integer("company_id", errors), errors),
                body.text("notes", errors));
        errors.throwIfAny();
        return edit;
    }

    private static FieldEdit<CompanyId> companyId(FieldEdit<Long> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        if (set.value() < 1) {
            errors.add("company_id", "must be a positive integer");
            return FieldEdit.keep();
        }
        return FieldEdit.set(new CompanyId(set.value()));
    }
}
