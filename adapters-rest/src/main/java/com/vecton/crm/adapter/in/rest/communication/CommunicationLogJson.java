package com.vecton.crm.adapter.in.rest.communication;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vecton.crm.adapter.in.rest.json.LifecycleJson;
import com.vecton.crm.domain.communication.CommunicationLog;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

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
}
