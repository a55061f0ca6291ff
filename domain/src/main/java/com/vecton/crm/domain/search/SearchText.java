package com.vecton.crm.domain.search;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Optional;

/**
 * What a client typed into {@code ?search=}: matched as a case- and diacritic-insensitive
 * substring, where {@code %} and {@code _} are literal characters (the API contract), and where
 * German transliterations fold alike ({@code mueller} finds {@code Müller} and {@code Mueller}).
 *
 * <p>The search fold is {@link #normalise} followed by Postgres's {@code unaccent}, on both sides:
 * the stored search columns are {@code f_search_fold(text)}, that is
 * {@code f_unaccent(f_search_normalise(text))} (migration V14), and a query is matched with
 * {@code f_search_pattern(normalised())}, which removes the accents and only then escapes
 * {@code %}, {@code _} and {@code \}. Accents stay with the server's {@code unaccent}, so that its
 * table (1,650 rules on Postgres 15, 2,661 on 18) exists once, not also as a copy here.
 */
public record SearchText(String value) {
    public static final int MAX_LENGTH = 200;

    /*
     * The letter classes of the German rule: each vowel with every lower-case letter that
     * Postgres 15's unaccent turns into exactly that vowel (SearchFoldAgreementTest checks this
     * against the server), except ä ö ü, which follow Lucene's own rule. V14's f_search_normalise
     * spells out the same strings.
     */
    private static final String A_OR_O =
            "aoàáâãåāăąǎǟǡǻȁȃȧᶏḁẚạảấầẩẫậắằẳẵặⱥａ" + "òóôõøōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợℴⱺꝋꝍｏ";
    private static final String U = "uùúûũūŭůűųưǔǖǘǚǜȕȗʉᶙṳṵṷṹṻụủứừửữựｕ";
    private static final String E = "eèéêëēĕėęěȅȇȩɇɛᶒᶓḕḗḙḛḝẹẻẽếềểễệℯⅇⱸｅ";
    private static final String I_Y_OR_Q = "iìíîïĩīĭįıǐȉȋɨᶖḭḯỉịℹⅈⅰｉ" + "yýÿŷƴȳɏẏẙỳỵỷỹỿｙ" + "qĸʠꝗꝙｑ";

    /** The states of Lucene's GermanNormalizationFilter. */
    private static final int ORDINARY = 0;

    private static final int AFTER_VOWEL = 1;
    private static final int UMLAUT = 2;

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
     * The query as the stored side folds text ({@link #normalise}); the database removes the
     * accents and escapes it for {@code LIKE} (see the class comment).
     */
    public String normalised() {
        return normalise(value);
    }

    /**
     * The search fold's own rule, applied to queries here and to stored text by the SQL function
     * {@code public.f_search_normalise} (V14), which gives the same result for every text
     * (SearchFoldAgreementTest):
     * <ol>
     *   <li>every code point is lower-cased ({@link Character#toLowerCase(int)}, as Postgres's
     *       {@code lower()} under a UTF-8 ctype); {@code æ} and {@code œ} become {@code ae} and
     *       {@code oe};</li>
     *   <li>German normalization as Lucene's {@code GermanNormalizationFilter} (Elasticsearch's
     *       {@code german_normalization}), a state machine over the text: after {@code a} or
     *       {@code o} an {@code e} is dropped; after a {@code u} that follows neither a vowel nor
     *       {@code q} an {@code e} is dropped; {@code ä ö ü} become {@code a o u} and {@code ß}
     *       becomes {@code ss}. So {@code Müller}, {@code Mueller} and {@code MUELLER} are all
     *       {@code muller}, {@code Straße} is {@code strasse}, while {@code Quelle},
     *       {@code Bauer} and {@code neue} keep their {@code e}.</li>
     * </ol>
     * Where this differs from Lucene, and why:
     * <ul>
     *   <li>A letter counts as the vowel that unaccent makes of it ({@code é} as {@code e},
     *       {@code ő} and {@code ø} as {@code o}); Lucene treats it as a consonant. So accents
     *       other than the umlauts never change what the rule does, which the contract's
     *       "Árvai finds Arvai" needs: {@code noemi}, {@code Noemi} and {@code Noémi} all fold to
     *       {@code nomi} (with Lucene's rule, {@code noemi} would no longer find {@code Noémi},
     *       nor {@code joel} {@code Joël}).</li>
     *   <li>{@code æ} and {@code œ} are written out as {@code ae} and {@code oe} first, so that
     *       {@code caesar} finds {@code Cæsar} as it does today; Lucene leaves them alone.</li>
     * </ul>
     * The umlauts themselves keep Lucene's rule: after {@code ä ö ü} the state is "after a vowel",
     * so an {@code e} after them stays and {@code Böe} folds like its spelling {@code Boee}, not
     * like {@code Boe}. The rule runs over the whole text rather than word by word, which is the
     * same, since every character that is not a letter resets the state.
     *
     * <p>What it implies, as in Lucene: {@code ue}, {@code ae} and {@code oe} fold wherever they
     * stand, not only for German names ({@code Manuel} is {@code manul}, {@code Michael} is
     * {@code michal}), and a query that starts on the {@code e} of a folded pair no longer finds
     * the word ({@code el} does not find {@code Manuel}, {@code uer} does not find {@code Bauer});
     * a query that contains the whole pair does ({@code nuel}, {@code auer}).
     */
    public static String normalise(String text) {
        var lower = new StringBuilder(text.length());
        text.codePoints().map(Character::toLowerCase).forEach(c -> {
            switch (c) {
                case 'æ' -> lower.append("ae");
                case 'œ' -> lower.append("oe");
                default -> lower.appendCodePoint(c);
            }
        });
        var folded = new StringBuilder(lower.length());
        int state = ORDINARY;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == 'ä' || c == 'ö' || c == 'ü') {
                state = AFTER_VOWEL;
            } else if (isIn(E, c)) {
                boolean dropped = state == UMLAUT;
                state = AFTER_VOWEL;
                if (dropped) {
                    continue;
                }
            } else if (isIn(A_OR_O, c)) {
                state = UMLAUT;
            } else if (isIn(U, c)) {
                state = state == ORDINARY ? UMLAUT : AFTER_VOWEL;
            } else if (isIn(I_Y_OR_Q, c)) {
                state = AFTER_VOWEL;
            } else {
                state = ORDINARY;
            }
            switch (c) {
                case 'ä' -> folded.append('a');
                case 'ö' -> folded.append('o');
                case 'ü' -> folded.append('u');
                case 'ß' -> folded.append("ss");
                default -> folded.appendCodePoint(c);
            }
        }
        return folded.toString();
    }

    private static boolean isIn(String letters, int c) {
        return letters.indexOf(c) >= 0;
    }
}
