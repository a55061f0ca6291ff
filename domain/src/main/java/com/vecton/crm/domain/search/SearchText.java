package com.vecton.crm.domain.search;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Optional;

/**
 * What a client typed into {@code ?search=}: matched as a case- and diacritic-insensitive
 * substring, where {@code %} and {@code _} are literal characters (the API contract).
 */
public record SearchText(String value) {
    public static final int MAX_LENGTH = 200;

    public SearchText {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("search text is not blank");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ValidationFailed.of("search", "must not be longer than " + MAX_LENGTH + " characters");
        }
        if (Text.containsNul(value)) {
            throw ValidationFailed.of("search", Text.NUL_REFUSED);
        }
    }

    /** An absent or blank query means no search at all. */
    public static Optional<SearchText> of(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(new SearchText(raw));
    }

    /**
     * A SQL {@code LIKE} pattern for "contains", with {@code \} as the escape character, so that
     * {@code %}, {@code _} and {@code \} in the query match themselves. Case and diacritics are
     * folded in SQL with the same function as the indexed column, so both sides agree exactly.
     */
    public String containsPattern() {
        var escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
