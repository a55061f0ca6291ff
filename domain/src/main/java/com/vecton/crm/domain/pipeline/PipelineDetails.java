package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a user may set on a pipeline itself (its stages are {@link PipelineStages}). Validates all
 * fields at once; the name is trimmed, the currency upper-cased and {@link #DEFAULT_CURRENCY} when
 * absent. That the name is unique among live pipelines and that exactly one pipeline is the
 * default are rules about stored data, kept by the use cases and the store.
 *
 * @param currency an ISO 4217 code the JDK knows ({@code EUR}, {@code HUF}, …)
 */
public record PipelineDetails(String name, boolean isDefault, String currency) {
    public static final String DEFAULT_CURRENCY = "EUR";
    public static final int MAX_NAME = 100;

    public PipelineDetails {
        name = Text.clean(name);
        currency = Text.clean(currency) == null
                ? DEFAULT_CURRENCY
                : Text.clean(currency).toUpperCase(Locale.ROOT);
        var errors = new FieldErrors();
        if (name == null) {
            errors.add("name", "is required");
        }
        errors.maxLength("name", name, MAX_NAME);
        if (!isCurrency(currency)) {
            errors.add("currency", "must be an ISO 4217 currency code such as EUR");
        }
        errors.throwIfAny();
    }

    /** Whether {@code code} is an ISO 4217 code the JDK knows, upper-case (a deal's currency is checked alike). */
    public static boolean isCurrency(String code) {
        return code.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream()
                        .anyMatch(known -> known.getCurrencyCode().equals(code));
    }

    /** The same details, with the default flag as given. */
    public PipelineDetails withDefault(boolean isDefault) {
        return new PipelineDetails(name, isDefault, currency);
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("is_default", isDefault);
        fields.put("currency", currency);
        return fields;
    }
}
