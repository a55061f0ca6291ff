package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.search.SearchText;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two halves of the search fold agree: {@link SearchText#normalise} (the query side, in Java)
 * and {@code f_search_normalise} (the stored side, V14) give the same text, and what one side
 * folds the other side finds, on a real Postgres.
 */
class SearchFoldAgreementTest {
    private static final int GENERATED_NAMES = 400;
    private static final Pattern UMLAUT_AFTER_A_VOWEL =
            Pattern.compile("[aeiouyäöüq][äöü]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern E_AFTER_AN_UMLAUT =
            Pattern.compile("[äöü][eéèêë]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Persistence db;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void generated_names_normalise_alike_in_java_and_in_sql() {
        var names = generatedNames();
        var inSql = inSql("public.f_search_normalise(t)", names);

        for (int i = 0; i < names.size(); i++) {
            assertEquals(SearchText.normalise(names.get(i)), inSql.get(i), names.get(i));
        }
    }

    @Test
    void every_character_normalises_alike_wherever_it_stands_in_the_rule() {
        // Each character before an e, before a u and e, as the e after a, o and u, as the u
        // (also after q), beside itself and in capitals; a space starts a new word each time.
        var texts = new ArrayList<String>();
        for (int c = 1; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String x = Character.toString(c);
            texts.add(x + "e " + x + "ue " + "a" + x + " o" + x + " mu" + x + " m" + x + "e q" + x + "e " + x + x + "e "
                    + x.toUpperCase(Locale.ROOT) + "E");
        }
        var inSql = inSql("public.f_search_normalise(t)", texts);
        var lowerInSql = inSql("lower(t)", texts);

        var disagreements = new ArrayList<String>();
        var caseUnknownToTheDatabase = new TreeSet<String>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String lowerInJava = text.codePoints()
                    .map(Character::toLowerCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
            if (!lowerInJava.equals(lowerInSql.get(i))) {
                // The JVM's Unicode is newer than the database's C library (Unicode 16 added a few
                // case pairs, such as Ƛ and ƛ): a capital the database does not know stays a
                // capital there. That is all that may differ, and it is not the rule's to mend.
                int[] original = text.codePoints().toArray();
                int[] java = lowerInJava.codePoints().toArray();
                int[] database = lowerInSql.get(i).codePoints().toArray();
                assertEquals(original.length, database.length, text);
                for (int k = 0; k < original.length; k++) {
                    assertTrue(java[k] == database[k] || database[k] == original[k], text);
                }
                caseUnknownToTheDatabase.add("U+%04X".formatted(text.codePointAt(0)));
                continue;
            }
            String inJava = SearchText.normalise(text);
            if (!inJava.equals(inSql.get(i))) {
                disagreements.add("U+%04X: java [%s], sql [%s]".formatted(text.codePointAt(0), inJava, inSql.get(i)));
            }
        }
        assertEquals(
                List.of(),
                disagreements.subList(0, Math.min(20, disagreements.size())),
                disagreements.size() + " characters normalise differently");
        assertTrue(
                caseUnknownToTheDatabase.size() < 100,
                "case pairs unknown to the database: " + caseUnknownToTheDatabase);
    }

    /**
     * What makes accents irrelevant to the German rule: a lower-case letter that the server's
     * unaccent turns into a vowel (é into e) acts as that vowel wherever it stands, so the stored
     * fold of a text is the same with the accent or without it. The umlauts ä ö ü are the exception
     * the rule takes from Lucene (an e after them stays). Newer servers also fold modifier letters
     * and symbols such as ª and ᵃ, which the rule leaves alone; only lower-case letters are checked.
     */
    @Test
    void a_letter_folds_like_the_vowel_unaccent_makes_of_it_wherever_it_stands() throws SQLException {
        var letters = new ArrayList<String>();
        var vowels = new ArrayList<String>();
        try (var connection = db.dataSource().getConnection();
                var query = connection.prepareStatement("""
                     SELECT chr(c), public.f_unaccent(chr(c))
                     FROM generate_series(128, 65535) AS c
                     WHERE c NOT BETWEEN 55296 AND 57343
                       AND lower(chr(c)) = chr(c)
                       AND chr(c) NOT IN ('ä', 'ö', 'ü')
                       AND public.f_unaccent(chr(c)) IN ('a', 'o', 'u', 'e', 'i', 'y', 'q')""");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                if (Character.getType(rows.getString(1).codePointAt(0)) == Character.LOWERCASE_LETTER) {
                    letters.add(rows.getString(1));
                    vowels.add(rows.getString(2));
                }
            }
        }
        assertTrue(letters.size() > 150, "the server folds " + letters.size() + " letters into vowels");
        var withAccents = new ArrayList<String>();
        var withoutAccents = new ArrayList<String>();
        for (int i = 0; i < letters.size(); i++) {
            for (String probe : List.of("#e", "m#e", "a#", "o#", "mu#", "#ue", "q#e", "#u#e")) {
                withAccents.add(probe.replace("#", letters.get(i)));
                withoutAccents.add(probe.replace("#", vowels.get(i)));
            }
        }
        var folded = inSql("public.f_search_fold(t)", withAccents);
        var foldedPlain = inSql("public.f_search_fold(t)", withoutAccents);
        var differences = new ArrayList<String>();
        for (int i = 0; i < withAccents.size(); i++) {
            if (!folded.get(i).equals(foldedPlain.get(i))) {
                differences.add(withAccents.get(i) + " -> " + folded.get(i) + ", " + withoutAccents.get(i) + " -> "
                        + foldedPlain.get(i));
            }
        }
        assertEquals(List.of(), differences);
    }

    /** Every letter the rule reads as a vowel is one that the server's unaccent folds into that vowel. */
    @Test
    void the_rule_reads_no_letter_as_a_vowel_that_unaccent_does_not_make_one() {
        var listed = ("àáâãåāăąǎǟǡǻȁȃȧᶏḁẚạảấầẩẫậắằẳẵặⱥａòóôõøōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợℴⱺꝋꝍｏ"
                        + "ùúûũūŭůűųưǔǖǘǚǜȕȗʉᶙṳṵṷṹṻụủứừửữựｕèéêëēĕėęěȅȇȩɇɛᶒᶓḕḗḙḛḝẹẻẽếềểễệℯⅇⱸｅ"
                        + "ìíîïĩīĭįıǐȉȋɨᶖḭḯỉịℹⅈⅰｉýÿŷƴȳɏẏẙỳỵỷỹỿｙĸʠꝗꝙｑ")
                .codePoints()
                .mapToObj(Character::toString)
                .toList();
        var unaccented = inSql("public.f_unaccent(t)", listed);
        for (int i = 0; i < listed.size(); i++) {
            assertTrue(
                    List.of("a", "o", "u", "e", "i", "y", "q").contains(unaccented.get(i)),
                    listed.get(i) + " is " + unaccented.get(i) + " to unaccent");
            // and the rule reads it as that vowel: an e after a or o, or after a u, is dropped; after
            // e, i, y or q a u keeps its e.
            String letter = listed.get(i);
            String expected = switch (unaccented.get(i)) {
                case "a", "o" -> letter;
                case "u" -> "m" + letter;
                case "e" -> "a";
                default -> letter + "ue";
            };
            String probe = switch (unaccented.get(i)) {
                case "a", "o" -> letter + "e";
                case "u" -> "m" + letter + "e";
                case "e" -> "a" + letter;
                default -> letter + "ue";
            };
            assertEquals(expected, SearchText.normalise(probe), probe);
        }
    }

    /**
     * The whole round trip as the repositories run it: the stored text of a name, and a query for
     * it spelt with umlauts, with ae/oe/ue/ss, with plain vowels or in capitals.
     */
    @Test
    void every_spelling_of_a_generated_name_finds_it() throws SQLException {
        var names = generatedNames();
        var misses = new ArrayList<String>();
        try (var connection = db.dataSource().getConnection();
                var match = connection.prepareStatement(
                        "SELECT public.f_search_fold(?) LIKE public.f_search_pattern(?) ESCAPE '\\'")) {
            for (String name : names) {
                var spellings = new ArrayList<>(List.of(name, name.toUpperCase(Locale.ROOT)));
                // As in Lucene: after a vowel, "ue" is two vowels, not a written-out ü; and an e
                // after an umlaut stays, so "Böe" is "Boee" written out, and "Boe" is another word.
                if (!UMLAUT_AFTER_A_VOWEL.matcher(name).find()) {
                    spellings.add(transliterated(name));
                }
                if (!E_AFTER_AN_UMLAUT.matcher(name).find()) {
                    spellings.add(plain(name));
                }
                for (String query : spellings) {
                    match.setString(1, name);
                    match.setString(2, SearchText.normalise(query));
                    try (var rows = match.executeQuery()) {
                        rows.next();
                        if (!rows.getBoolean(1)) {
                            misses.add(query + " -> " + name);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void the_generator_makes_the_names_it_should() {
        var names = generatedNames();
        assertEquals(GENERATED_NAMES, names.size());
        assertTrue(names.stream().anyMatch(n -> n.contains("ü")), "umlauts");
        assertTrue(names.stream().anyMatch(n -> n.toLowerCase().contains("ue")), "digraphs");
        assertTrue(names.stream().anyMatch(n -> n.contains("ß")), "sharp s");
        assertTrue(names.stream().anyMatch(n -> n.contains("ő")), "Hungarian double acute");
    }

    /** Writes ä ö ü ß as German does without them. */
    private static String transliterated(String name) {
        return name.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue");
    }

    /** Drops the dots: ä ö ü as a o u. */
    private static String plain(String name) {
        return name.replace("ä", "a")
                .replace("ö", "o")
                .replace("ü", "u")
                .replace("ß", "ss")
                .replace("Ä", "A")
                .replace("Ö", "O")
                .replace("Ü", "U");
    }

    /** {@code expression} over {@code t}, for each of the texts, in one statement. */
    private static List<String> inSql(String expression, List<String> texts) {
        try (var connection = db.dataSource().getConnection();
                var query = connection.prepareStatement(
                        "SELECT " + expression + " FROM unnest(?::text[]) WITH ORDINALITY AS x (t, n) ORDER BY n")) {
            query.setArray(1, connection.createArrayOf("text", texts.toArray()));
            var results = new ArrayList<String>(texts.size());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    results.add(rows.getString(1));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Names in the shapes the CRM holds: German, Hungarian and other European syllables (with
     * umlauts, their digraphs, ß, qu, vowels before u, accented vowels), first and last name, in
     * the case they are usually written in or in capitals. The same seed gives the same names.
     */
    private static List<String> generatedNames() {
        String[] syllables = {
            "mül", "ler", "mue", "schrö", "der", "schroe", "kä", "the", "kae", "jür", "gen", "grö", "ße", "groe", "wei",
            "ß", "bär", "bel", "stra", "hoff", "mann", "que", "lle", "bau", "er", "neu", "feu", "mei", "qua", "ckel",
            "ma", "nuel", "sa", "muel", "mi", "chael", "rü", "di", "ger", "lö", "we", "fuchs", "kö", "nig", "gö", "brä",
            "u", "ti", "gam", "uwe", "sö", "ren", "dü", "sel", "dorf", "sträu", "ßer", "ár", "vai", "sző", "ke", "ö",
            "dön", "zsó", "fi", "a", "győ", "ző", "lő", "rinc", "no", "é", "mi", "tün", "de", "szűcs", "he", "ge",
            "dűs", "ko", "vács", "jo", "ël", "ra", "pha", "cé", "line", "chlo", "cæ", "sar", "œu", "vre", "sø", "ła",
            "kasz", "mu", "ñoz", "ae", "oe", "ue", "aue", "eue", "io", "ya", "ruiz", "isra", "el", "zoë", "ïs", "ô",
        };
        var random = new Random(9);
        var names = new ArrayList<String>();
        while (names.size() < GENERATED_NAMES) {
            var name = new StringBuilder();
            int words = 1 + random.nextInt(2);
            for (int w = 0; w < words; w++) {
                var word = new StringBuilder();
                int parts = 1 + random.nextInt(3);
                for (int p = 0; p < parts; p++) {
                    word.append(syllables[random.nextInt(syllables.length)]);
                }
                if (w > 0) {
                    name.append(random.nextInt(5) == 0 ? "-" : " ");
                }
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
            names.add(random.nextInt(10) == 0 ? name.toString().toUpperCase(Locale.ROOT) : name.toString());
        }
        return names;
    }
}
