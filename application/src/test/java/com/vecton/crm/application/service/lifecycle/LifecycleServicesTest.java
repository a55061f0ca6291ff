package com.vecton.crm.application.service.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.NotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The lifecycle use cases on any entity, here companies over a map: what they write, and when they refuse. */
class LifecycleServicesTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Actor ACTOR = new Actor(new UserId("u-1"), null);

    private final Map<CompanyId, Company> rows = new HashMap<>();
    private final List<ActivityEntry> trail = new ArrayList<>();
    private final RecordStore<CompanyId, Company> store = new RecordStore<>() {
        @Override
        public CompanyId nextId() {
            return new CompanyId(rows.size() + 1);
        }

        @Override
        public void save(Company company) {
            rows.put(company.id(), company);
        }

        @Override
        public Optional<Company> findById(CompanyId id) {
            return Optional.ofNullable(rows.get(id)).filter(c -> !c.isDeleted());
        }

        @Override
        public Optional<Company> lockById(CompanyId id) {
            return Optional.ofNullable(rows.get(id));
        }
    };
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final RecordType<CompanyId, Company> type = RecordType.of("company", store)
            .softDeleted(Company::delete, Company::undelete);
    private final UseCaseKit kit = new UseCaseKit(transactions, new AuditTrail(trail::add), () -> T0.plusSeconds(60));

    private CompanyId stored() {
        var company = Company.create(store.nextId(), new CompanyDetails("Acme", null, null, null, null, null, null, null,
                null, null), ACTOR.userId(), T0);
        store.save(company);
        return company.id();
    }

    @Test
    void a_deleted_record_is_gone_for_show_and_for_a_second_delete_and_each_delete_is_audited_once() {
        var id = stored();
        var show = new ShowRecordService<>(type);
        var delete = new DeleteRecordService<>(type, kit);

        delete.delete(ACTOR, id);

        assertTrue(rows.get(id).isDeleted());
        assertThrows(NotFound.class, () -> show.show(id));
        assertThrows(NotFound.class, () -> delete.delete(ACTOR, id));
        assertEquals(List.of("company " + id + " deleted"), trail.stream()
                .map(e -> e.subjectType() + " " + e.subjectId() + " " + e.event().apiName()).toList());
    }

    @Test
    void restoring_brings_a_record_back_once_and_a_live_one_stays_as_it_is() {
        var id = stored();
        new DeleteRecordService<>(type, kit).delete(ACTOR, id);
        var restore = new RestoreRecordService<>(type, kit);

        var restored = restore.restore(ACTOR, id);
        var again = restore.restore(ACTOR, id);

        assertFalse(restored.isDeleted());
        assertSame(rows.get(id), again, "nothing is written for a live record");
        assertEquals(2, trail.size(), "deleted, restored");
        assertThrows(NotFound.class, () -> restore.restore(ACTOR, new CompanyId(99)));
    }

    @Test
    void a_type_that_is_not_soft_deleted_has_no_delete_or_restore() {
        var labelsLike = RecordType.of("company", store);

        assertThrows(IllegalStateException.class, () -> new DeleteRecordService<>(labelsLike, kit));
        assertThrows(IllegalStateException.class, () -> new RestoreRecordService<>(labelsLike, kit));
    }
}
