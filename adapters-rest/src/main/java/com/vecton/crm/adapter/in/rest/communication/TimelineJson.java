package com.vecton.crm.adapter.in.rest.communication;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.listing.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One entry of a company's timeline: its kind, when it happened, and the record of that kind (the other is null). */
@Schema(name = "TimelineEntry")
record TimelineJson(
        @JsonProperty("kind") @Schema(allowableValues = {"communication_log", "stage_change"})
        String kind,

        @JsonProperty("at")
        @Schema(description = "when it happened: the entry's occurred_at, or the change's changed_at")
        Instant at,

        @JsonProperty("communication_log") @Schema(nullable = true, description = "for kind communication_log")
        CommunicationLogJson communicationLog,

        @JsonProperty("stage_change") @Schema(nullable = true, description = "for kind stage_change")
        StageChangeJson stageChange) {

    /** A deal of the company entered a stage. */
    @Schema(name = "TimelineStageChange")
    record StageChangeJson(
            @JsonProperty("id") long id,
            @JsonProperty("deal_id") long dealId,
            @JsonProperty("deal_title") String dealTitle,

            @JsonProperty("from_stage_id") @Schema(nullable = true)
            Long fromStageId,

            @JsonProperty("from_stage_name") @Schema(nullable = true)
            String fromStageName,

            @JsonProperty("to_stage_id") long toStageId,
            @JsonProperty("to_stage_name") String toStageName,
            @JsonProperty("changed_at") Instant changedAt,

            @JsonProperty("changed_by") @Schema(nullable = true)
            String changedBy,

            @JsonProperty("probability") int probability) {
        static StageChangeJson from(TimelineEntry.StageChanged c) {
            return new StageChangeJson(
                    c.id(),
                    c.deal().value(),
                    c.dealTitle(),
                    c.from() == null ? null : c.from().value(),
                    c.fromName(),
                    c.to().value(),
                    c.toName(),
                    c.at(),
                    c.changedBy() == null ? null : c.changedBy().value(),
                    c.probability());
        }
    }

    static TimelineJson from(TimelineEntry entry) {
        return switch (entry) {
            case TimelineEntry.Logged logged ->
                new TimelineJson("communication_log", entry.at(), CommunicationLogJson.from(logged.log()), null);
            case TimelineEntry.StageChanged changed ->
                new TimelineJson("stage_change", entry.at(), null, StageChangeJson.from(changed));
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
