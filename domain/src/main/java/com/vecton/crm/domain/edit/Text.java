package com.vecton.crm.domain.edit;

/** Small rules for free-text fields that every entity shares. */
public final class Text {
    /**
     * What a field with U+0000 in it is told. No Postgres text column can hold that character
     * (the driver refuses the statement, which used to surface as a 500), so it is refused as
     * input, whatever the field.
     */
    public static final String NUL_REFUSED = "must not contain a NUL character";

    private Text() {}

    /** Whether the text holds U+0000, which no text column can store ({@link #NUL_REFUSED}). */
    public static boolean containsNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }

    /** Trims, and treats an empty or blank text as absent: clients send {@code ""} for "none". */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
