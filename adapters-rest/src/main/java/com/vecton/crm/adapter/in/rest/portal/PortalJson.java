package com.vecton.crm.adapter.in.rest.portal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.portal.CustomerDeal;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records as the customer portal shows them: what a customer may read of their own company,
 * never the staff's notes, who created a record, or a log entry's links (which may name another
 * company's contact). Portal items carry no {@code ETag}: what a customer sees of a record is not
 * the record's whole version.
 */
final class PortalJson {
    private PortalJson() {}

    /** The caller's company. */
    @Schema(name = "PortalCompany")
    record CompanyJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,
            @JsonProperty("domain") @Schema(nullable = true) String domain,
            @JsonProperty("phone") @Schema(nullable = true) String phone,
            @JsonProperty("email") @Schema(nullable = true) String email,

            @JsonProperty("website") @Schema(nullable = true)
            String website,

            @JsonProperty("address") @Schema(nullable = true)
            String address,

            @JsonProperty("city") @Schema(nullable = true) String city,

            @JsonProperty("postal_code") @Schema(nullable = true)
            String postalCode,

            @JsonProperty("country") @Schema(nullable = true)
            String country) {
        static CompanyJson from(Company company) {
            var d = company.details();
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
                    d.country());
        }
    }

    /** {@code {"data": company}} */
    @Schema(name = "PortalCompanyItem")
    record CompanyItem(@JsonProperty("data") CompanyJson data) {
        static CompanyItem of(Company company) {
            return new CompanyItem(CompanyJson.from(company));
        }
    }

    /** A contact of the caller's company. */
    @Schema(name = "PortalContact")
    record ContactJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,

            @JsonProperty("first_name") @Schema(nullable = true)
            String firstName,

            @JsonProperty("last_name") @Schema(nullable = true)
            String lastName,

            @JsonProperty("email") @Schema(nullable = true) String email,
            @JsonProperty("phone") @Schema(nullable = true) String phone,

            @JsonProperty("job_title") @Schema(nullable = true)
            String jobTitle) {
        static ContactJson from(Contact contact) {
            var d = contact.details();
            return new ContactJson(
                    contact.id().value(),
                    d.displayName(),
                    d.firstName(),
                    d.lastName(),
                    d.email(),
                    d.phone(),
                    d.jobTitle());
        }
    }

    /** {@code {"data": contact}} */
    @Schema(name = "PortalContactItem")
    record ContactItem(@JsonProperty("data") ContactJson data) {
        static ContactItem of(Contact contact) {
            return new ContactItem(ContactJson.from(contact));
        }
    }

    /** {@code {"data": [contact...], "meta": {...}}} */
    @Schema(name = "PortalContactList")
    record ContactList(
            @JsonProperty("data") List<ContactJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ContactList of(Page<Contact> page) {
            return new ContactList(page.items().stream().map(ContactJson::from).toList(), PageMeta.of(page));
        }
    }

    /** A log entry the tenant shares with the caller's company. */
    @Schema(name = "PortalCommunicationLog")
    record LogJson(
            @JsonProperty("id") long id,

            @JsonProperty("type") @Schema(allowableValues = {"call", "email", "meeting", "note", "sms"})
            String type,

            @JsonProperty("direction")
            @Schema(
                    nullable = true,
                    allowableValues = {"inbound", "outbound"})
            String direction,

            @JsonProperty("subject") @Schema(nullable = true)
            String subject,

            @JsonProperty("body") @Schema(nullable = true) String body,
            @JsonProperty("occurred_at") Instant occurredAt,

            @JsonProperty("duration_minutes") @Schema(nullable = true)
            Integer durationMinutes) {
        static LogJson from(CommunicationLog log) {
            var d = log.details();
            return new LogJson(
                    log.id().value(),
                    d.type().apiName(),
                    d.direction() == null ? null : d.direction().apiName(),
                    d.subject(),
                    d.body(),
                    d.occurredAt(),
                    d.durationMinutes());
        }
    }

    /** {@code {"data": entry}} */
    @Schema(name = "PortalCommunicationLogItem")
    record LogItem(@JsonProperty("data") LogJson data) {
        static LogItem of(CommunicationLog log) {
            return new LogItem(LogJson.from(log));
        }
    }

    /** {@code {"data": [entry...], "meta": {...}}} */
    @Schema(name = "PortalCommunicationLogList")
    record LogList(
            @JsonProperty("data") List<LogJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static LogList of(Page<CommunicationLog> page) {
            return new LogList(page.items().stream().map(LogJson::from).toList(), PageMeta.of(page));
        }
    }

    /** A deal of the caller's company: never its probability, owner or notes. */
    @Schema(name = "PortalDeal")
    record DealJson(
            @JsonProperty("id") long id,
            @JsonProperty("title") String title,
            @JsonProperty("stage_name") String stageName,

            @JsonProperty("status") @Schema(allowableValues = {"open", "won", "lost"})
            String status,

            @JsonProperty("amount") @Schema(nullable = true, type = "string", example = "48000.00")
            String amount,

            @JsonProperty("currency") String currency,

            @JsonProperty("expected_close_date") @Schema(nullable = true, format = "date")
            LocalDate expectedCloseDate) {
        static DealJson from(CustomerDeal deal) {
            return new DealJson(
                    deal.id().value(),
                    deal.title(),
                    deal.stageName(),
                    deal.status().apiName(),
                    deal.amount() == null ? null : deal.amount().toPlainString(),
                    deal.currency(),
                    deal.expectedCloseDate());
        }
    }

    /** {@code {"data": deal}} */
    @Schema(name = "PortalDealItem")
    record DealItem(@JsonProperty("data") DealJson data) {
        static DealItem of(CustomerDeal deal) {
            return new DealItem(DealJson.from(deal));
        }
    }

    /** {@code {"data": [deal...], "meta": {...}}} */
    @Schema(name = "PortalDealList")
    record DealList(
            @JsonProperty("data") List<DealJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static DealList of(Page<CustomerDeal> page) {
            return new DealList(page.items().stream().map(DealJson::from).toList(), PageMeta.of(page));
        }
    }
}
