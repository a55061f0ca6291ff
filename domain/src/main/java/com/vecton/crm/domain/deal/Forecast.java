package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.pipeline.PipelineId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline's forecast: per group (a month, an owner, a stage), the open deals' totals and the won
 * deals' totals, each per currency, and the same over all groups. Built from the store's sums
 * ({@link Row}), which it only arranges: it adds no currency to another.
 */
public record Forecast(PipelineId pipelineId, ForecastQuery query, List<Bucket> buckets, Bucket total) {
    public Forecast {
        buckets = List.copyOf(buckets);
    }

    /**
     * One sum of the store: the deals of one currency in one group, open or won.
     *
     * @param key      the group's key ({@code 2026-12}, a user id, a stage id), or {@code null} for
     *                 open deals without an expected close date grouped by month
     * @param weighted {@code sum(amount × probability) / 100}, unrounded
     */
    public record Row(String key, boolean won, String currency, long count, BigDecimal amount, BigDecimal weighted) {}

    /** One group's totals; {@code key} is {@code null} for the grand total and for undated open deals. */
    public record Bucket(String key, List<CurrencyTotal> open, List<CurrencyTotal> won) {
        public Bucket {
            open = List.copyOf(open);
            won = List.copyOf(won);
        }
    }

    /** The forecast of these sums, groups in key order (undated last). */
    public static Forecast of(PipelineId pipeline, ForecastQuery query, List<Row> rows) {
        var open = new LinkedHashMap<String, Map<String, CurrencyTotal>>();
        var won = new LinkedHashMap<String, Map<String, CurrencyTotal>>();
        var keys = new ArrayList<String>();
        for (Row row : rows) {
            if (!open.containsKey(row.key())) {
                open.put(row.key(), new HashMap<>());
                won.put(row.key(), new HashMap<>());
                keys.add(row.key());
            }
            var total = new CurrencyTotal(
                    row.currency(),
                    row.count(),
                    Money.shown(row.amount() == null ? BigDecimal.ZERO : row.amount()),
                    Money.shown(row.weighted() == null ? BigDecimal.ZERO : row.weighted()));
            (row.won() ? won : open).get(row.key()).put(row.currency(), total);
        }
        keys.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        var buckets = new ArrayList<Bucket>();
        for (String key : keys) {
            buckets.add(new Bucket(key, CurrencyTotal.ordered(open.get(key)), CurrencyTotal.ordered(won.get(key))));
        }
        var total = new Bucket(
                null,
                CurrencyTotal.sum(buckets.stream().map(Bucket::open).toList()),
                CurrencyTotal.sum(buckets.stream().map(Bucket::won).toList()));
        return new Forecast(pipeline, query, buckets, total);
    }
}
