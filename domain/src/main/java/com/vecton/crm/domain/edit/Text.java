package com.vecton.crm.domain.edit;

/** Small rules for free-text fields that every entity shares. */
public final class Text {
    private Text() {
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
