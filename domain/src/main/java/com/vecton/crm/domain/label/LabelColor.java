package com.vecton.crm.domain.label;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a label's colour: {@code #RRGGBB}, accepted in either case and kept upper-case, so
 * that {@code #ff0000} and {@code #FF0000} are one colour. A label without a colour is grey.
 */
public final class LabelColor {
    /** What a label gets when the client sends no colour (or {@code null}). */
    public static final String DEFAULT = "#9E9E9E";

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    private LabelColor() {}

    public static boolean isValid(String color) {
        return color != null && HEX.matcher(color).matches();
    }

    /** The stored form of a valid colour: upper-case; absent becomes {@link #DEFAULT}. */
    public static String normalise(String color) {
        return color == null ? DEFAULT : color.toUpperCase(Locale.ROOT);
    }
}
