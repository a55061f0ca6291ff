package com.vecton.crm.domain.communication;

import static com.vecton.crm.domain.testing.CommunicationLogDetailsBuilder.aLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommunicationLogDetailsTest {
    private static final ContactId CONTACT = new ContactId(7);
    private static final CompanyId COMPANY = new CompanyId(3);

    @Test
    void a_log_needs_a_contact_a_company_or_a_deal() {
        var refused = assertThrows(ValidationFailed.class, () -> aLog().build());
        assertTrue(refused.errors().containsKey("contact_id"), refused.errors()::toString);
        assertTrue(refused.errors().containsKey("company_id"), refused.errors()::toString);
        assertTrue(refused.errors().containsKey("deal_id"), refused.errors()::toString);
        aLog().withContact(CONTACT).build();
        aLog().atCompany(COMPANY).build();
        aLog().withDeal(new com.vecton.crm.domain.deal.DealId(4)).build();
    }

    @Test
    void a_note_has_no_direction_and_no_duration() {
        var note = aLog().withContact(CONTACT).aNote().build();
        assertNull(note.direction());
        var refused = assertThrows(
                ValidationFailed.class,
                () -> new CommunicationLogDetails(
                        CommunicationType.NOTE, Direction.INBOUND, "x", null, null, 5, CONTACT, null, false));
        assertTrue(refused.errors().containsKey("direction"), refused.errors()::toString);
        assertTrue(refused.errors().containsKey("duration_minutes"), refused.errors()::toString);
    }

    @Test
    void only_calls_and_meetings_have_a_duration_of_at_most_a_day() {
        for (var type : CommunicationType.values()) {
            var direction = type.hasDirection() ? Direction.OUTBOUND : null;
            if (type.hasDuration()) {
                new CommunicationLogDetails(type, direction, null, null, null, 1440, CONTACT, null, false);
                assertThrows(
                        ValidationFailed.class,
                        () -> new CommunicationLogDetails(
                                type, direction, null, null, null, 1441, CONTACT, null, false));
            } else {
                assertThrows(
                        ValidationFailed.class,
                        () -> new CommunicationLogDetails(type, direction, null, null, null, 10, CONTACT, null, false));
            }
        }
        assertTrue(CommunicationType.CALL.hasDuration() && CommunicationType.MEETING.hasDuration());
    }

    @Test
    void the_body_holds_up_to_twenty_thousand_characters_and_texts_are_trimmed() {
        var longest =
                aLog().withContact(CONTACT).about("  Hi  ", "é".repeat(20_000)).build();
        assertEquals("Hi", longest.subject());
        var refused = assertThrows(
                ValidationFailed.class,
                () -> aLog().withContact(CONTACT)
                        .about("Hi", "é".repeat(20_001))
                        .build());
        assertTrue(refused.errors().containsKey("body"), refused.errors()::toString);
    }

    @Test
    void a_new_entry_without_a_time_happened_when_it_was_made_and_an_edit_never_clears_the_time() {
        var now = Instant.parse("2026-12-01T10:00:00Z");
        var details = aLog().withContact(CONTACT).at(null).build();
        var log = CommunicationLog.create(new CommunicationLogId(1), details, null, now);
        assertEquals(now, log.details().occurredAt());

        var edit = new CommunicationLogEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(null),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(null));
        var edited = edit.applyTo(log.details());
        assertEquals(now, edited.occurredAt());
        assertEquals(false, edited.visibleToCustomer());
    }

    @Test
    void an_edit_that_names_a_contact_and_no_company_links_the_contacts_company() {
        var current = aLog().withContact(CONTACT).atCompany(COMPANY).build();
        var toContact = new CommunicationLogEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(new ContactId(8)),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
        assertTrue(toContact.linksContactsCompany(toContact.applyTo(current)));
        var replaced = CommunicationLogEdit.replacingWith(
                aLog().withContact(new ContactId(8)).atCompany(COMPANY).build());
        assertTrue(!replaced.linksContactsCompany(replaced.applyTo(current)), "a PUT naming the company keeps it");
    }
}
