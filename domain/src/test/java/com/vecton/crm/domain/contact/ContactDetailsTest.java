package com.vecton.crm.domain.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.ValidationFailed;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    private static ContactDetails named(String first, String last) {
        return new ContactDetails(first, last, null, null, null, null, null);
    }

    @Test
    void a_contact_needs_a_first_or_a_last_name() {
        var failure = assertThrows(ValidationFailed.class, () -> named(null, "  "));
        assertTrue(failure.errors().containsKey("first_name"));
        assertTrue(failure.errors().containsKey("last_name"));
    }

    @Test
    void either_name_alone_is_enough() {
        assertEquals("Ödön", named("Ödön", null).displayName());
        assertEquals("Árvai", named(null, "Árvai").displayName());
        assertEquals("Ödön Árvai", named(" Ödön ", "Árvai ").displayName());
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        var failure = assertThrows(
                ValidationFailed.class,
                () -> new ContactDetails(null, null, "not-an-email", "x".repeat(51), null, null, null));
        assertEquals(
                java.util.Set.of("first_name", "last_name", "email", "phone"),
                failure.errors().keySet());
    }

    @Test
    void blank_texts_become_absent() {
        var details = new ContactDetails("Éva", "", " ", "", "\t", null, "");
        assertNull(details.lastName());
        assertNull(details.email());
        assertNull(details.phone());
        assertNull(details.jobTitle());
        assertNull(details.notes());
    }

    @Test
    void length_limits_count_characters_not_bytes() {
        var hundredAccented = "Ő".repeat(100);
        assertEquals(hundredAccented, named(hundredAccented, null).firstName());
        assertThrows(ValidationFailed.class, () -> named(hundredAccented + "Ő", null));
    }

    @Test
    void a_patch_keeps_absent_fields_and_clears_explicit_nulls() {
        var current =
                new ContactDetails("Ödön", "Árvai", "odon@acme.test", "+36 1 234 5678", "CTO", new CompanyId(7), null);
        var edit = new ContactEdit(
                FieldEdit.keep(),
                FieldEdit.set("Arvai"),
                FieldEdit.keep(),
                FieldEdit.set(null),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
        var after = edit.applyTo(current);
        assertEquals("Ödön", after.firstName());
        assertEquals("Arvai", after.lastName());
        assertEquals("odon@acme.test", after.email());
        assertNull(after.phone());
        assertEquals(new CompanyId(7), after.companyId());
    }

    @Test
    void a_patch_cannot_leave_a_contact_without_any_name() {
        var current = named("Ödön", null);
        var edit = new ContactEdit(
                FieldEdit.set(null),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
        assertThrows(ValidationFailed.class, () -> edit.applyTo(current));
    }
}
