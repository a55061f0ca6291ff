package com.vecton.crm.domain.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void snake_case_is_a_lowercase_letter_then_lowercase_letters_digits_and_underscores() {
        for (String name : new String[] {"contacts", "task_labels", "a", "v2_name_"}) {
            assertTrue(Names.isSnakeCase(name), name);
        }
        for (String name : new String[] {null, "", "Contacts", "1st", "_x", "task-labels", "a b", "größe", "x\n"}) {
            assertFalse(Names.isSnakeCase(name), String.valueOf(name));
        }
    }

    @Property(tries = 2000)
    void the_check_is_the_documented_pattern(@ForAll("nameLike") String name) {
        assertEquals(Pattern.matches("[a-z][a-z0-9_]*", name), Names.isSnakeCase(name), () -> "for \"" + name + "\"");
    }

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars("az09_-AZ ß\n").ofMinLength(0).ofMaxLength(6);
    }
}
