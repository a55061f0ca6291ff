package com.vecton.crm.adapter.in.rest.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

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

    /** {@code {"data": company}} */
    @Schema(name = "CompanyItem")
    record Item(@JsonProperty("data") CompanyJson data) implements ItemTags.VersionedItem<CompanyJson> {
        static Item of(Company company) {
            return new Item(from(company));
        }
    }

    /** {@code {"data": [company...], "meta": {...}}} */
    @Schema(name = "CompanyList")
    record ListOf(
            @JsonProperty("data") List<CompanyJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<Company> page) {
            return new ListOf(page.items().stream().map(CompanyJson::from).toList(), PageMeta.of(page));
        }
    }

    /** {@code {"data": [company or tombstone...], "meta": {"next_cursor", "has_more"}}}: a page of the changes feed. */
    @Schema(name = "CompanyChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {CompanyJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<Company> page) {
            return new ChangesOf(ChangeFeedJson.entries(page, CompanyJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
