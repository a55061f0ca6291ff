package com.vecton.crm.domain.file;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for names of files, which are never trusted: a client's file name is kept only as a
 * label (cleaned of paths, control and direction-override characters, at most {@link #MAX_NAME}
 * characters), and a stored name's extension must match {@code [a-z0-9]{1,8}}, else it is
 * {@code bin} (the original system's troubleshooting guide).
 */
public final class FileNames {
    /** The longest original name kept, in characters (code points); longer ones keep their end, with the extension. */
    public static final int MAX_NAME = 255;
    /** What a file is called when its client sent no usable name. */
    public static final String UNNAMED = "file";
    /** The extension of a stored name whose own extension is not acceptable. */
    public static final String FALLBACK_EXTENSION = "bin";

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private FileNames() {}

    /** The extension a stored name gets: {@code candidate} lower-cased when it matches {@code [a-z0-9]{1,8}}, else {@code bin}. */
    public static String storedExtension(String candidate) {
        if (candidate == null) {
            return FALLBACK_EXTENSION;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(lower).matches() ? lower : FALLBACK_EXTENSION;
    }

    /**
     * A client's file name as a label: its last path segment (after {@code /} or {@code \}),
     * without control characters (NUL included), bidirectional overrides and isolates (which make
     * {@code invoice‮fdp.exe} look like {@code invoiceexe.pdf}), trimmed, without leading dots,
     * at most {@link #MAX_NAME} characters; {@link #UNNAMED} when nothing is left.
     */
    public static String cleanOriginal(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String name = raw;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (cut >= 0) {
            name = name.substring(cut + 1);
        }
        var kept = new StringBuilder();
        name.codePoints().filter(cp -> !isHidden(cp)).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            return UNNAMED;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            name = shortened(name);
        }
        return name;
    }

    /** The extension of a cleaned name ({@code report.PDF} → {@code PDF}), or empty. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1);
    }

    private static String shortened(String name) {
        String extension = extensionOf(name);
        int keepExtension = extension.length() <= 16 ? extension.length() + 1 : 0;
        int[] cps = name.codePoints().toArray();
        int head = MAX_NAME - keepExtension;
        var out = new StringBuilder(new String(cps, 0, head));
        if (keepExtension > 0) {
            out.append('.').append(extension);
        }
        return out.toString();
    }

    private static boolean isHidden(int cp) {
        return Character.isISOControl(cp)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C
                || cp == 0xFEFF
                || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.UNASSIGNED
                || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.LINE_SEPARATOR
                || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR;
    }
}
