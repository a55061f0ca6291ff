package com.vecton.crm.domain.lifecycle;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bookkeeping every entity with a lifecycle shares, shown on companies. */
class HistoryRecordTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Company ACME =
            Company.create(new CompanyId(7), aCompany().named("Acme").build(), new UserId("u-1"), T0);

    @Test
    void a_deleted_record_keeps_its_details_and_who_created_it_and_a_restored_one_is_live_again() {
        var deleted = ACME.delete(T0.plusSeconds(60));
        var restored = deleted.undelete(T0.plusSeconds(120));

        assertTrue(deleted.isDeleted());
        assertEquals(ACME.details(), deleted.details());
        assertEquals(ACME.createdBy(), deleted.createdBy());
        assertFalse(restored.isDeleted());
        assertEquals(T0.plusSeconds(120), restored.updatedAt());
        assertEquals(T0, restored.createdAt());
    }

    @Test
    void an_edit_changes_the_details_and_when_it_was_changed_never_its_id_or_creation() {
        var renamed = ACME.edit(
                CompanyEdit.replacingWith(aCompany().named("Acme Kft.").build()), T0.plusSeconds(60));

        assertEquals("Acme Kft.", renamed.details().name());
        assertEquals(ACME.id(), renamed.id());
        assertEquals(T0, renamed.createdAt());
        assertEquals(T0.plusSeconds(60), renamed.updatedAt());
        assertEquals("crm:companies/7", renamed.resourceName().value());
    }
}
