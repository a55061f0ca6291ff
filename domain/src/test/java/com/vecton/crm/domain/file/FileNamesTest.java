package com.vecton.crm.domain.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource({
        "png,png",
        "PDF,pdf",
        "jpeg,jpeg",
        "tar8char,tar8char",
        "ninechars,bin",
        "p-g,bin",
        "'',bin",
        "ü,bin",
        "a.b,bin"
    })
    void a_stored_extension_is_1_to_8_lower_case_letters_and_digits_else_bin(String candidate, String stored) {
        assertEquals(stored, FileNames.storedExtension(candidate));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../../etc/passwd|passwd",
                "/etc/shadow|shadow",
                "C:\\Windows\\system32\\cmd.exe|cmd.exe",
                "..\\..\\boot.ini|boot.ini",
                "..|file",
                ".htaccess|htaccess",
                "report%2F..%2F..%2Fetc.pdf|report%2F..%2F..%2Fetc.pdf",
                "  spaced.png  |spaced.png",
            })
    void a_client_name_keeps_only_its_last_segment(String raw, String cleaned) {
        assertEquals(cleaned, FileNames.cleanOriginal(raw));
    }

    @Test
    void control_characters_and_direction_overrides_are_dropped() {
        assertEquals("ab.png", FileNames.cleanOriginal("a\u0000b.png"));
        assertEquals("invoicegnp.exe", FileNames.cleanOriginal("invoice\u202Egnp.exe"));
        assertEquals("x.pdf", FileNames.cleanOriginal("\u2066x\u2069.pdf\r\n"));
        assertEquals(FileNames.UNNAMED, FileNames.cleanOriginal("\u0000\u202E"));
        assertEquals(FileNames.UNNAMED, FileNames.cleanOriginal(null));
    }

    @Test
    void a_long_name_is_cut_to_255_characters_keeping_its_extension() {
        String cleaned = FileNames.cleanOriginal("ő".repeat(300) + ".png");
        assertEquals(FileNames.MAX_NAME, cleaned.codePointCount(0, cleaned.length()));
        assertTrue(cleaned.endsWith(".png"));
        assertFalse(cleaned.contains("/"));
    }

    @Test
    void a_content_hash_is_64_lower_case_hex_digits() {
        new ContentHash("a".repeat(64));
        assertThrows(IllegalArgumentException.class, () -> new ContentHash("A".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> new ContentHash("../" + "a".repeat(61)));
        assertThrows(IllegalArgumentException.class, () -> new ContentHash("a".repeat(63)));
    }
}
