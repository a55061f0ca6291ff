package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads the raw decoded JSON of a policy's conditions into clauses, never throwing: what cannot
 * be read becomes a clause that fails closed.
 */
final class ConditionParser {
    private ConditionParser() {}

    /**
     * The clauses of {@code raw}, a {@code Map} of operator to a {@code Map} of key to
     * value-or-list; none for {@code null} or an empty map.
     */
    static List<Clause> parse(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof Map<?, ?> operators)) {
            return List.of(new Clause.Unevaluable("conditions are not an object", false));
        }
        var clauses = new ArrayList<Clause>();
        for (var entry : operators.entrySet()) {
            readOperator(entry.getKey(), entry.getValue(), clauses);
        }
        return clauses;
    }

    private static void readOperator(Object rawOperator, Object rawKeys, List<Clause> into) {
        if (!(rawOperator instanceof String operatorName)) {
            into.add(new Clause.Unevaluable("operator is not a string", false));
            return;
        }
        if (!(rawKeys instanceof Map<?, ?> keys) || keys.isEmpty()) {
            into.add(new Clause.Unevaluable(operatorName + " has no key map", false));
            return;
        }
        ConditionOperator operator = ConditionOperator.named(operatorName);
        for (var entry : keys.entrySet()) {
            if (!(entry.getKey() instanceof String keyName)) {
                into.add(new Clause.Unevaluable(operatorName + " has a key that is not a string", false));
                continue;
            }
            boolean namesResource = keyName.startsWith(ConditionKey.ResourceKey.PREFIX);
            if (operator == null) {
                into.add(new Clause.Unevaluable("unknown operator " + operatorName, namesResource));
                continue;
            }
            ConditionKey key = ConditionKey.parse(keyName);
            if (key == null) {
                into.add(new Clause.Unevaluable("unknown key " + keyName, namesResource));
                continue;
            }
            List<ExpectedValue> values = readValues(operator, entry.getValue());
            if (values == null) {
                into.add(new Clause.Unevaluable(
                        operatorName + " on " + keyName + " has an unreadable value", namesResource));
                continue;
            }
            into.add(new Comparison(operator, key, values));
        }
    }

    /** The expected values of one key, or {@code null} when any of them is unreadable. */
    private static List<ExpectedValue> readValues(ConditionOperator operator, Object raw) {
        List<?> rawValues = raw instanceof List<?> list ? list : Collections.singletonList(raw);
        if (rawValues.isEmpty()) {
            return null;
        }
        var values = new ArrayList<ExpectedValue>(rawValues.size());
        for (Object rawValue : rawValues) {
            ExpectedValue value = readValue(operator, rawValue);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    private static ExpectedValue readValue(ConditionOperator operator, Object raw) {
        if (raw instanceof String text && text.contains("${")) {
            return ExpectedValue.Placeholder.named(text);
        }
        if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
            return null;
        }
        Object typed = operator.kind().coerce(raw);
        return typed == null ? null : new ExpectedValue.Literal(typed);
    }
}
