package com.vecton.crm.adapter.in.rest.communication;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.listing.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One entry of a company's timeline: its kind, when it happened, and the record of that kind. */
@Schema(name = "TimelineEntry")
record TimelineJson(
        @JsonProperty("kind") @Schema(allowableValues = {"communication_log"})
        String kind,

        @JsonProperty("at") @Schema(description = "when it happened: the entry's occurred_at")
        Instant at,

        @JsonProperty("communication_log") @Schema(nullable = true, description = "for kind communication_log")
        CommunicationLogJson communicationLog) {

    static TimelineJson from(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.Logged logged ->
                new TimelineJson("communication_log", entry.at(), CommunicationLogJson.from(logged.log()));
        };
    }

    /** {@code {"data": [entry...], "meta": {...}}} */
    @Schema(name = "TimelineList")
    record ListOf(
            @JsonProperty("data") List<TimelineJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<TimelineEntry> page) {
            return new ListOf(page.items().stream().map(TimelineJson::from).toList(), PageMeta.of(page));
        }
    }
}
