package com.vecton.crm.domain.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What some deals of one currency add up to: how many, their amounts, and their amounts weighted by
 * their probability ({@code amount × probability / 100}, summed exact and rounded once, half-even).
 * Currencies are never added to each other: no exchange rate is invented. A deal without an amount
 * is counted and adds nothing.
 */
public record CurrencyTotal(String currency, long count, BigDecimal amount, BigDecimal weightedAmount) {
    public CurrencyTotal {
        if (currency == null || count < 0 || amount == null || weightedAmount == null) {
            throw new IllegalArgumentException("a currency total has a currency, a count and sums");
        }
    }

    /** The totals of these deals, one per currency, by currency code. */
    public static List<CurrencyTotal> of(List<Deal> deals) {
        var counts = new TreeMap<String, long[]>();
        var amounts = new TreeMap<String, BigDecimal>();
        var weighted = new TreeMap<String, BigDecimal>();
        for (Deal deal : deals) {
            String currency = deal.details().currency();
            counts.computeIfAbsent(currency, c -> new long[1])[0]++;
            var amount = deal.details().amount();
            if (amount != null) {
                amounts.merge(currency, amount, BigDecimal::add);
                weighted.merge(currency, Money.weighted(amount, deal.probability()), BigDecimal::add);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new CurrencyTotal(
                        e.getKey(),
                        e.getValue()[0],
                        Money.shown(amounts.getOrDefault(e.getKey(), BigDecimal.ZERO)),
                        Money.shown(weighted.getOrDefault(e.getKey(), BigDecimal.ZERO))))
                .toList();
    }

    /** Totals of several groups added up per currency (a forecast's grand total), by currency code. */
    public static List<CurrencyTotal> sum(List<List<CurrencyTotal>> groups) {
        var byCurrency = new TreeMap<String, CurrencyTotal>();
        for (var group : groups) {
            for (var total : group) {
                byCurrency.merge(
                        total.currency(),
                        total,
                        (a, b) -> new CurrencyTotal(
                                a.currency(),
                                a.count() + b.count(),
                                a.amount().add(b.amount()),
                                a.weightedAmount().add(b.weightedAmount())));
            }
        }
        return List.copyOf(byCurrency.values());
    }

    /** The totals in currency order, from a map of them. */
    public static List<CurrencyTotal> ordered(Map<String, CurrencyTotal> byCurrency) {
        return List.copyOf(new TreeMap<>(byCurrency).values());
    }
}
