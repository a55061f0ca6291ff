package com.vecton.crm.adapter.in.rest.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyEdit;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fields a client may send for a company, and how a body becomes domain input. The record
 * only documents the shape (OpenAPI); bodies are read from the JSON tree.
 */
@Schema(
        name = "CompanyInput",
        example =
                "{\"name\": \"Árvai Kft\", \"domain\": \"arvai.example\", \"phone\": \"+36 1 234 5678\", \"email\": \"info@arvai.example\", \"website\": \"https://arvai.example\", \"city\": \"Budapest\", \"country\": \"HU\"}",
        description = "POST and PUT need name; PATCH changes only the fields sent (null clears)")
record CompanyInput(
        @JsonProperty("name") @Schema(maxLength = CompanyDetails.MAX_NAME)
        String name,

        @JsonProperty("domain") @Schema(nullable = true, example = "example.com")
        String domain,

        @JsonProperty("phone") @Schema(nullable = true, maxLength = CompanyDetails.MAX_PHONE)
        String phone,

        @JsonProperty("email") @Schema(nullable = true, format = "email")
        String email,

        @JsonProperty("website") @Schema(nullable = true, format = "uri", maxLength = CompanyDetails.MAX_WEBSITE)
        String website,

        @JsonProperty("address") @Schema(nullable = true, maxLength = CompanyDetails.MAX_ADDRESS)
        String address,

        @JsonProperty("city") @Schema(nullable = true, maxLength = CompanyDetails.MAX_CITY)
        String city,

        @JsonProperty("postal_code") @Schema(nullable = true, maxLength = CompanyDetails.MAX_POSTAL_CODE)
        String postalCode,

        @JsonProperty("country") @Schema(nullable = true, maxLength = CompanyDetails.MAX_COUNTRY)
        String country,

        @JsonProperty("notes") @Schema(nullable = true, maxLength = CompanyDetails.MAX_NOTES)
        String notes) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static CompanyDetails details(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        String domain = body.textOrNull("domain", errors);
        String phone = body.textOrNull("phone", errors);
        String email = body.textOrNull("email", errors);
        String website = body.textOrNull("website", errors);
        String address = body.textOrNull("address", errors);
        String city = body.textOrNull("city", errors);
        String postalCode = body.textOrNull("postal_code", errors);
        String country = body.textOrNull("country", errors);
        String notes = body.textOrNull("notes", errors);
        CompanyDetails details = errors.capture(() ->
                new CompanyDetails(name, domain, phone, email, website, address, city, postalCode, country, notes));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static CompanyEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new CompanyEdit(
                body.text("name", errors),
                body.text("domain", errors),
                body.text("phone", errors),
                body.text("email", errors),
                body.text("website", errors),
                body.text("address", errors),
                body.text("city", errors),
                body.text("postal_code", errors),
                body.text("country", errors),
                body.text("notes", errors));
        errors.throwIfAny();
        return edit;
    }
}
