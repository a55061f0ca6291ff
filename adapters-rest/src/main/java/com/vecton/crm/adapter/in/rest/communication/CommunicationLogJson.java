package com.vecton.crm.adapter.in.rest.communication;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A communication log entry as the API shows it to staff. */
@Schema(name = "CommunicationLog")
record CommunicationLogJson(
        @JsonProperty("id") long id,

        @JsonProperty("type") @Schema(allowableValues = {"call", "email", "meeting", "note", "sms"})
        String type,

        @JsonProperty("direction")
        @Schema(
                nullable = true,
                allowableValues = {"inbound", "outbound"})
        String direction,

        @JsonProperty("subject") @Schema(nullable = true) String subject,
        @JsonProperty("body") @Schema(nullable = true) String body,
        @JsonProperty("occurred_at") Instant occurredAt,

        @JsonProperty("duration_minutes") @Schema(nullable = true)
        Integer durationMinutes,

        @JsonProperty("contact_id") @Schema(nullable = true) Long contactId,
        @JsonProperty("company_id") @Schema(nullable = true) Long companyId,
        @JsonProperty("deal_id") @Schema(nullable = true) Long dealId,
        @JsonProperty("visible_to_customer") boolean visibleToCustomer,
        @JsonUnwrapped LifecycleJson lifecycle)
        implements LifecycleJson.Part {

    static CommunicationLogJson from(CommunicationLog log) {
        var d = log.details();
        return new CommunicationLogJson(
                log.id().value(),
                d.type().apiName(),
                d.direction() == null ? null : d.direction().apiName(),
                d.subject(),
                d.body(),
                d.occurredAt(),
                d.durationMinutes(),
                d.contactId() == null ? null : d.contactId().value(),
                d.companyId() == null ? null : d.companyId().value(),
                d.dealId() == null ? null : d.dealId().value(),
                d.visibleToCustomer(),
                LifecycleJson.of(log));
    }

    /** {@code {"data": entry}} */
    @Schema(name = "CommunicationLogItem")
    record Item(@JsonProperty("data") CommunicationLogJson data)
            implements ItemTags.VersionedItem<CommunicationLogJson> {
        static Item of(CommunicationLog log) {
            return new Item(from(log));
        }
    }

    /** {@code {"data": [entry...], "meta": {...}}} */
    @Schema(name = "CommunicationLogList")
    record ListOf(
            @JsonProperty("data") List<CommunicationLogJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<CommunicationLog> page) {
            return new ListOf(
                    page.items().stream().map(CommunicationLogJson::from).toList(), PageMeta.of(page));
        }
    }

    /** {@code {"data": [entry or tombstone...], "meta": {"next_cursor", "has_more"}}}: a page of the changes feed. */
    @Schema(name = "CommunicationLogChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {CommunicationLogJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<CommunicationLog> page) {
            return new ChangesOf(
                    ChangeFeedJson.entries(page, CommunicationLogJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
