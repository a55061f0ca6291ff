package com.vecton.crm.domain.access;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads identity's policies in every shape seen in the wild (identity.md section 2) into
 * {@link Policy} values. Works on JSON already decoded into JDK types (Map, List, String,
 * Number, Boolean, null), so the domain needs no JSON library.
 *
 * <p>Where the contract is silent, the reading fails closed:
 * <ul>
 *   <li>Keys are matched ignoring letter case ({@code Effect}, {@code Action}, as IAM writes
 *       them): otherwise a deny written in IAM spelling would be skipped for "no action", which
 *       would open what it meant to close. {@code condition} is read like {@code conditions},
 *       so a misspelt condition cannot turn a conditional allow into an unconditional one.</li>
 *   <li>The plural key wins when it yields anything ({@code actions} over {@code action},
 *       {@code resources} over {@code resource}); the singular is the fallback.</li>
 *   <li>Strings are stripped of surrounding blanks; blank strings and non-strings in a list
 *       are ignored.</li>
 *   <li>{@code resources} absent or {@code null} means {@code ["*"]}. Present but yielding no
 *       pattern ({@code []}, a number, a list of blanks) is unreadable: an allow is then skipped,
 *       and a deny covers every resource.</li>
 *   <li>An absent, blank or non-string id becomes {@code null} (a number becomes its decimal
 *       string, {@code 7.0} reading as {@code "7"}).</li>
 * </ul>
 */
public final class PolicyNormaliser {
    private static final List<ResourcePattern> EVERY_RESOURCE = List.of(ResourcePattern.ANY);

    private PolicyNormaliser() {}

    /** Normalises the {@code data} array of a policies answer; unreadable policies are skipped. */
    public static List<Policy> normalise(List<?> rawPolicies) {
        if (rawPolicies == null) {
            return List.of();
        }
        var policies = new ArrayList<Policy>(rawPolicies.size());
        for (Object raw : rawPolicies) {
            if (raw instanceof Map<?, ?> fields) {
                Policy policy = normaliseOne(byLowerCaseKey(fields));
                if (policy != null) {
                    policies.add(policy);
                }
            }
        }
        return List.copyOf(policies);
    }

    /** One raw policy, or {@code null} when it must be skipped. */
    private static Policy normaliseOne(Map<String, Object> fields) {
        List<String> actionTexts = firstNonEmpty(strings(fields.get("actions")), strings(fields.get("action")));
        if (actionTexts.isEmpty()) {
            return null;
        }
        Effect effect = effect(fields.get("effect"));
        List<ResourcePattern> resources = resources(fields);
        if (resources.isEmpty()) {
            if (effect == Effect.ALLOW) {
                return null;
            }
            resources = EVERY_RESOURCE;
        }
        Object rawConditions = fields.get("conditions") != null ? fields.get("conditions") : fields.get("condition");
        return new Policy(
                id(fields.get("id")),
                effect,
                actionTexts.stream().map(PermissionPattern::new).toList(),
                resources,
                Conditions.fromRaw(rawConditions));
    }

    /** {@code allow} or {@code deny} in any letter case; anything else denies (fail closed). */
    private static Effect effect(Object raw) {
        if (raw instanceof String text && text.strip().equalsIgnoreCase("allow")) {
            return Effect.ALLOW;
        }
        return Effect.DENY;
    }

    /** The resource patterns; empty when the policy names resources but none is readable. */
    private static List<ResourcePattern> resources(Map<String, Object> fields) {
        Object plural = fields.get("resources");
        Object singular = fields.get("resource");
        if (plural == null && singular == null) {
            return EVERY_RESOURCE;
        }
        return firstNonEmpty(strings(plural), strings(singular)).stream()
                .map(ResourcePattern::new)
                .toList();
    }

    private static String id(Object raw) {
        return switch (raw) {
            case String text when !text.isBlank() -> text.strip();
            case BigDecimal decimal -> decimal.stripTrailingZeros().toPlainString();
            case Double value
            when !value.isNaN() && !value.isInfinite() ->
                new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
            case Float value
            when !value.isNaN() && !value.isInfinite() ->
                new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
            case Number value -> value.toString();
            case null, default -> null;
        };
    }

    /** A single string or a list of strings, stripped; blanks and non-strings are dropped. */
    private static List<String> strings(Object raw) {
        if (raw instanceof String text) {
            return text.isBlank() ? List.of() : List.of(text.strip());
        }
        if (raw instanceof List<?> list) {
            var texts = new ArrayList<String>(list.size());
            for (Object element : list) {
                if (element instanceof String text && !text.isBlank()) {
                    texts.add(text.strip());
                }
            }
            return texts;
        }
        return List.of();
    }

    private static <T> List<T> firstNonEmpty(List<T> preferred, List<T> fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    /** The fields under lower-case keys; where two keys differ only in case, the first wins. */
    private static Map<String, Object> byLowerCaseKey(Map<?, ?> fields) {
        var lowered = new HashMap<String, Object>();
        for (var entry : fields.entrySet()) {
            if (entry.getKey() instanceof String key) {
                lowered.putIfAbsent(key.toLowerCase(Locale.ROOT), entry.getValue());
            }
        }
        return lowered;
    }
}
