package com.vecton.crm.domain.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A readable clause (a known operator, a known key and at least one expected value), decided over
 * every (element, value) pair with three-valued OR.
 */
record Comparison(ConditionOperator operator, ConditionKey key, List<ExpectedValue> values) implements Clause {
    Comparison {
        values = List.copyOf(values);
    }

    @Override
    public boolean namesResource() {
        return key instanceof ConditionKey.ResourceKey;
    }

    @Override
    public Truth evaluate(AccessRequest request) {
        if (key instanceof ConditionKey.ResourceKey && request.attributes() == null) {
            // Provisional: only an allow gets here; the handler re-checks on the loaded resource.
            return Truth.TRUE;
        }
        Object actual = key.valueIn(request);
        if (actual == null) {
            return Truth.UNKNOWN;
        }
        Truth any = Truth.FALSE;
        for (ExpectedValue value : values) {
            any = any.or(anyElementMatches(actual, value, request.caller()));
            if (any == Truth.TRUE) {
                break;
            }
        }
        return operator == ConditionOperator.STRING_NOT_EQUALS ? any.not() : any;
    }

    /** This clause as a test on the items' attribute, or {@code null} when it cannot be one. */
    Visibility.Test asTest(Set<String> perItem, Caller caller) {
        if (!(key instanceof ConditionKey.ResourceKey resourceKey)
                || !perItem.contains(resourceKey.attribute())
                || (operator != ConditionOperator.STRING_EQUALS && operator != ConditionOperator.STRING_NOT_EQUALS)) {
            return null;
        }
        var texts = new ArrayList<String>(values.size());
        for (ExpectedValue value : values) {
            Object resolved = value.resolve(ValueKind.STRING, caller);
            if (!(resolved instanceof String text)) {
                return null;
            }
            texts.add(text);
        }
        return new Visibility.Test(resourceKey.attribute(), operator == ConditionOperator.STRING_NOT_EQUALS, texts);
    }

    private Truth anyElementMatches(Object actual, ExpectedValue value, Caller caller) {
        Object expected = value.resolve(operator.kind(), caller);
        if (expected == null) {
            return Truth.UNKNOWN;
        }
        boolean literal = value instanceof ExpectedValue.Literal;
        if (actual instanceof Collection<?> elements) {
            Truth any = Truth.FALSE;
            for (Object element : elements) {
                any = any.or(matches(element, expected, literal));
                if (any == Truth.TRUE) {
                    break;
                }
            }
            return any;
        }
        return matches(actual, expected, literal);
    }

    private Truth matches(Object actualElement, Object expected, boolean literal) {
        Object typed = actualElement == null ? null : operator.kind().coerce(actualElement);
        if (typed == null) {
            return Truth.UNKNOWN;
        }
        return Truth.of(operator.test(typed, expected, literal));
    }
}
