package com.vecton.crm.domain.name;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
