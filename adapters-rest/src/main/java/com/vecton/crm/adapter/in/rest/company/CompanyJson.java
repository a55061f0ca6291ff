package com.vecton.crm.adapter.in.rest.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import io.swagger.v3.oas.annotations.media.Schema;

/** A company as the API shows it. */
@Schema(name = "Company")
record CompanyJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("domain") @Schema(nullable = true) String domain,
        @JsonProperty("phone") @Schema(nullable = true) String phone,
        @JsonProperty("email") @Schema(nullable = true) String email,
        @JsonProperty("website") @Schema(nullable = true) String website,
        @JsonProperty("address") @Schema(nullable = true) String address,
        @JsonProperty("city") @Schema(nullable = true) String city,

        @JsonProperty("postal_code") @Schema(nullable = true)
        String postalCode,

        @JsonProperty("country") @Schema(nullable = true) String country,
        @JsonProperty("notes") @Schema(nullable = true) String notes,
        @JsonUnwrapped LifecycleJson lifecycle)
        implements LifecycleJson.Part {

    static CompanyJson from(Company company) {
        CompanyDetails d = company.details();
        return new CompanyJson(
                company.id().value(),
                d.name(),
                d.domain(),
                d.phone(),
                d.email(),
                d.website(),
                d.address(),
                d.city(),
                d.postalCode(),
                d.country(),
                d.notes(),
                LifecycleJson.of(company));
    }
}
