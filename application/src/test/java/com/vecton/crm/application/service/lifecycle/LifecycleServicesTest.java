package com.vecton.crm.application.service.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle use cases on any entity, here companies over a map: what they write, when they
 * refuse, and that they check the requester's policies on the record they locked before writing.
 */
class LifecycleServicesTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Caller CALLER = new Caller(
            new UserId("u-1"),
            "u-1",
            null,
            null,
            null,
            false,
            Set.of("t-1"),
            TokenType.USER,
            Scopes.unrestricted(),
            null,
            null,
            false);
    private static final Requester ACTOR =
            new Requester(CALLER, new BearerToken("tok"), new Permission("companies.delete"));

    private final Map<CompanyId, Company> rows = new HashMap<>();
    private final List<ActivityEntry> trail = new ArrayList<>();
    /** What the policy check was asked, and whether it refuses. */
    private final List<String> checked = new ArrayList<>();

    private boolean refusing;
    private final AuthorizeOnResourceUseCase access = new AuthorizeOnResourceUseCase() {
        @Override
        public void authorize(Requester who, ResourceName resource, ResourceAttributes attributes) {
            checked.add(who.permission() + " " + resource + " " + attributes.values());
            if (refusing) {
                throw new Forbidden("permission_denied", "no");
            }
        }

        @Override
        public Visibility visibility(
                Requester who, ResourceName resource, ResourceAttributes shared, Set<String> perItem) {
            throw new UnsupportedOperationException("no lists here");
        }

        @Override
        public Visibility visibilityOfItems(
                Requester who, String type, ResourceAttributes shared, Set<String> perItem) {
            throw new UnsupportedOperationException("no lists here");
        }
    };
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

        @Override
        public ChangeBatch<Company> changesAfter(ChangePosition after, Visibility visible, int limit) {
            throw new UnsupportedOperationException("no feeds here");
        }
    };
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final UseCaseKit kit =
            new UseCaseKit(transactions, new AuditTrail(trail::add), () -> T0.plusSeconds(60), access);
    private final RecordType<CompanyId, Company> type =
            RecordType.softDeleted("company", store, kit::admit, Company::delete, Company::undelete);

    private CompanyId stored() {
        var company = Company.create(
                store.nextId(),
                new CompanyDetails("Acme", null, null, null, null, null, null, null, null, null),
                CALLER.id(),
                T0);
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
        assertThrows(NotFound.class, () -> show.show(ACTOR, id));
        assertThrows(NotFound.class, () -> delete.delete(ACTOR, id));
        assertEquals(
                List.of("company " + id + " deleted"),
                trail.stream()
                        .map(e -> e.subjectType() + " " + e.subjectId() + " "
                                + e.event().apiName())
                        .toList());
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
        var labelsLike = RecordType.of("company", store, kit::admit);

        assertThrows(IllegalStateException.class, () -> new DeleteRecordService<>(labelsLike, kit));
        assertThrows(IllegalStateException.class, () -> new RestoreRecordService<>(labelsLike, kit));
    }

    @Test
    void the_requester_s_permission_is_checked_on_the_record_as_locked_and_a_refusal_writes_nothing() {
        var id = stored();
        refusing = true;

        assertThrows(Forbidden.class, () -> new DeleteRecordService<>(type, kit).delete(ACTOR, id));

        assertEquals(List.of("companies.delete crm:companies/" + id + " {created_by=u-1}"), checked);
        assertFalse(rows.get(id).isDeleted());
        assertTrue(trail.isEmpty());
        assertThrows(Forbidden.class, () -> new ShowRecordService<>(type).show(ACTOR, id));
    }

    @Test
    void an_edit_that_changes_nothing_writes_nothing_and_one_that_does_is_audited_with_its_changes() {
        var id = stored();
        var writes = new RecordWrites<>(
                type, kit, (Company company) -> company.details().asFields());
        var checked = new ArrayList<String>();

        var same = writes.edit(ACTOR, id, (company, now) -> company, (edited, changes) -> checked.add("same"));
        var rename = CompanyEdit.replacingWith(
                new CompanyDetails("Acme Kft.", null, null, null, null, null, null, null, null, null));
        var renamed = writes.edit(
                ACTOR, id, (company, now) -> company.edit(rename, now), (edited, changes) -> checked.add("renamed"));

        assertSame(rows.get(id), renamed);
        assertEquals("Acme Kft.", rows.get(id).details().name());
        assertFalse(same == renamed);
        assertEquals(List.of("renamed"), checked, "the rules run only on a change");
        assertEquals(
                List.of("updated {name=FieldChange[before=Acme, after=Acme Kft.]}"),
                trail.stream()
                        .map(e -> e.event().apiName() + " " + e.changes().fields())
                        .toList());
    }
}
