package com.vecton.crm.adapter.in.rest.deal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.CurrencyTotal;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealBoard;
import com.vecton.crm.domain.deal.Forecast;
import com.vecton.crm.domain.deal.StageStay;
import com.vecton.crm.domain.pipeline.StageId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A deal as the API shows it; money as decimal strings with two places, never a float. */
@Schema(name = "Deal")
record DealJson(
        @JsonProperty("id") long id,
        @JsonProperty("title") String title,
        @JsonProperty("company_id") long companyId,
        @JsonProperty("contact_ids") List<Long> contactIds,
        @JsonProperty("pipeline_id") long pipelineId,
        @JsonProperty("stage_id") long stageId,

        @JsonProperty("status")
        @Schema(
                allowableValues = {"open", "won", "lost"},
                description = "its stage's kind")
        String status,

        @JsonProperty("position") @Schema(description = "its index in its stage, from 0")
        int position,

        @JsonProperty("amount") @Schema(nullable = true, type = "string", example = "48000.00")
        String amount,

        @JsonProperty("currency") String currency,
        @JsonProperty("probability") int probability,

        @JsonProperty("probability_source") @Schema(allowableValues = {"stage", "manual"})
        String probabilitySource,

        @JsonProperty("expected_close_date") @Schema(nullable = true, format = "date")
        String expectedCloseDate,

        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("won_at") @Schema(nullable = true) Instant wonAt,
        @JsonProperty("lost_at") @Schema(nullable = true) Instant lostAt,

        @JsonProperty("lost_reason") @Schema(nullable = true)
        String lostReason,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,

        @JsonProperty("version")
        @Schema(
                description = "1 when created, one more with every change (a shift of its position included); the"
                        + " item's ETag is this number in quotes")
        long version)
        implements ItemTags.VersionedJson {

    static DealJson from(Deal deal) {
        var d = deal.details();
        return new DealJson(
                deal.id().value(),
                d.title(),
                d.companyId().value(),
                d.sortedContactIds().stream().map(ContactId::value).toList(),
                d.pipelineId().value(),
                d.stageId().value(),
                deal.status().apiName(),
                deal.position().orElse(-1),
                d.amount() == null ? null : d.amount().toPlainString(),
                d.currency(),
                deal.probability(),
                deal.probabilitySource().apiName(),
                d.expectedCloseDate() == null ? null : d.expectedCloseDate().toString(),
                d.ownerId().value(),
                deal.wonAt().orElse(null),
                deal.lostAt().orElse(null),
                d.lostReason(),
                deal.createdBy().map(UserId::value).orElse(null),
                deal.createdAt(),
                deal.updatedAt(),
                deal.deletedAt().orElse(null),
                deal.version());
    }

    /** What some deals of one currency add up to. */
    @Schema(name = "CurrencyTotal")
    record TotalJson(
            @JsonProperty("currency") String currency,
            @JsonProperty("count") long count,

            @JsonProperty("amount") @Schema(type = "string", example = "96000.00")
            String amount,

            @JsonProperty("weighted_amount")
            @Schema(type = "string", example = "24000.00", description = "sum of amount × probability / 100")
            String weightedAmount) {
        static List<TotalJson> of(List<CurrencyTotal> totals) {
            return totals.stream()
                    .map(t -> new TotalJson(
                            t.currency(),
                            t.count(),
                            t.amount().toPlainString(),
                            t.weightedAmount().toPlainString()))
                    .toList();
        }
    }

    /** One stage of a pipeline's board. */
    @Schema(name = "DealBoardStage")
    record BoardStageJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,

            @JsonProperty("kind") @Schema(allowableValues = {"open", "won", "lost"})
            String kind,

            @JsonProperty("probability") int probability,
            @JsonProperty("position") int position,
            @JsonProperty("count") int count,

            @JsonProperty("totals") @Schema(description = "per currency, by currency code")
            List<TotalJson> totals,

            @JsonProperty("deals") @Schema(description = "in position order")
            List<DealJson> deals) {}

    /** One pipeline's board. */
    @Schema(name = "DealBoard")
    record BoardJson(
            @JsonProperty("pipeline_id") long pipelineId,
            @JsonProperty("stages") List<BoardStageJson> stages) {}

    /** {@code {"data": board}} */
    @Schema(name = "DealBoardItem")
    record BoardItem(@JsonProperty("data") BoardJson data) {
        static BoardItem of(DealBoard board) {
            var stages = new ArrayList<BoardStageJson>();
            for (int i = 0; i < board.columns().size(); i++) {
                var column = board.columns().get(i);
                var stage = column.stage();
                stages.add(new BoardStageJson(
                        stage.id().value(),
                        stage.details().name(),
                        stage.details().kind().apiName(),
                        stage.details().probability(),
                        i,
                        column.deals().size(),
                        TotalJson.of(column.totals()),
                        column.deals().stream().map(DealJson::from).toList()));
            }
            return new BoardItem(new BoardJson(board.pipeline().id().value(), List.copyOf(stages)));
        }
    }

    /** One group of a forecast. */
    @Schema(name = "ForecastGroup")
    record GroupJson(
            @JsonProperty("key")
            @Schema(
                    nullable = true,
                    description = "the month (2026-12), owner id or stage id; null: open deals without an expected"
                            + " close date (by month), or the total")
            String key,

            @JsonProperty("open") @Schema(description = "open deals, per currency")
            List<TotalJson> open,

            @JsonProperty("won")
            @Schema(description = "deals won in the period, per currency (weighted_amount is their amount)")
            List<TotalJson> won) {
        static GroupJson of(Forecast.Bucket bucket) {
            return new GroupJson(bucket.key(), TotalJson.of(bucket.open()), TotalJson.of(bucket.won()));
        }
    }

    /** A pipeline's forecast. */
    @Schema(name = "Forecast")
    record ForecastJson(
            @JsonProperty("pipeline_id") long pipelineId,

            @JsonProperty("group") @Schema(allowableValues = {"month", "owner", "stage"})
            String group,

            @JsonProperty("from") @Schema(nullable = true, format = "date")
            String from,

            @JsonProperty("to") @Schema(nullable = true, format = "date")
            String to,

            @JsonProperty("as_of")
            @Schema(nullable = true, format = "date", description = "the day whose end the forecast is of; null: now")
            String asOf,

            @JsonProperty("groups") List<GroupJson> groups,
            @JsonProperty("total") GroupJson total) {}

    /** {@code {"data": forecast}} */
    @Schema(name = "ForecastItem")
    record ForecastItem(@JsonProperty("data") ForecastJson data) {
        static ForecastItem of(Forecast forecast) {
            var q = forecast.query();
            return new ForecastItem(new ForecastJson(
                    forecast.pipelineId().value(),
                    q.group().apiName(),
                    q.from().map(LocalDate::toString).orElse(null),
                    q.to().map(LocalDate::toString).orElse(null),
                    q.asOf().map(LocalDate::toString).orElse(null),
                    forecast.buckets().stream().map(GroupJson::of).toList(),
                    GroupJson.of(forecast.total())));
        }
    }

    /** One row of a deal's stage history with the time spent in the stage. */
    @Schema(name = "DealStageChange")
    record StageChangeJson(
            @JsonProperty("deal_id") long dealId,

            @JsonProperty("from_stage_id") @Schema(nullable = true, description = "null when the deal was created")
            Long fromStageId,

            @JsonProperty("to_stage_id") long toStageId,
            @JsonProperty("changed_at") Instant changedAt,

            @JsonProperty("changed_by") @Schema(nullable = true)
            String changedBy,

            @JsonProperty("probability") int probability,

            @JsonProperty("left_at")
            @Schema(nullable = true, description = "when the next change took the deal out; null: it is there now")
            Instant leftAt,

            @JsonProperty("seconds_in_stage")
            @Schema(
                    nullable = true,
                    description = "from changed_at to left_at, or to now in the current stage of an open deal; null"
                            + " in the current stage of a won or lost deal")
            Long secondsInStage) {
        static StageChangeJson of(StageStay stay) {
            var c = stay.change();
            return new StageChangeJson(
                    c.dealId().value(),
                    c.fromStage().map(StageId::value).orElse(null),
                    c.to().value(),
                    c.changedAt(),
                    c.changedByUser().map(UserId::value).orElse(null),
                    c.probability(),
                    stay.left().orElse(null),
                    stay.spent().map(java.time.Duration::toSeconds).orElse(null));
        }
    }

    /** {@code {"data": [stage change...]}}, oldest first. */
    @Schema(name = "DealStageHistory")
    record HistoryOf(@JsonProperty("data") List<StageChangeJson> data) {
        static HistoryOf of(List<StageStay> stays) {
            return new HistoryOf(stays.stream().map(StageChangeJson::of).toList());
        }
    }
}
