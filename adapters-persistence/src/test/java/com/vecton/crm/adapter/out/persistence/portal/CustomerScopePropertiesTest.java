package com.vecton.crm.adapter.out.persistence.portal;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.service.portal.CustomerContacts;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactEdit;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jdbi.v3.core.Jdbi;

/**
 * The customer portal's scope on real Postgres, for generated worlds: three companies (one of them
 * deleted), contacts at any of them or none (some deleted, some moved to another company after the
 * log entries were written), log entries linked to a contact, a company or both (some shared with
 * customers, some deleted), and portal accounts. For every company, a portal list shows exactly the
 * records whose own path reaches the company as the records are now, and the portal's item read
 * finds exactly the records the list shows, and no other id; an account's scope is its live
 * contact's live company. Each try runs in a transaction that is rolled back.
 */
class CustomerScopePropertiesTest {
    private static final int TRIES = 150;
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-scope");
    private static final PageRequest ALL = new PageRequest(1, 100);

    private static Persistence db;

    @BeforeContainer
    static void database() {
        db = Persistence.connect(TestDatabase.fresh());
        Jdbi.create(db.dataSource()).useHandle(h -> h.execute("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-scope', 'Scope', 'scope@acme.test', true), ('u-p0', 'P0', 'p0@acme.test', true),
                    ('u-p1', 'P1', 'p1@acme.test', true), ('u-p2', 'P2', 'p2@acme.test', true)"""));
    }

    @AfterContainer
    static void close() {
        db.close();
    }

    /** A contact: where it is when the logs are written, where it is at the end (-1: no company), deleted. */
    record ContactSpec(int companyAtFirst, int companyAtLast, boolean deleted) {}

    /** A log entry: its contact (index, or -1), its company (index, or -1), shared, deleted. */
    record LogSpec(int contact, int company, boolean shared, boolean deleted) {}

    record World(List<ContactSpec> contacts, List<LogSpec> logs) {}

    @Provide
    Arbitrary<World> worlds() {
        var company = Arbitraries.integers().between(-1, 2);
        var contacts = Combinators.combine(company, company, Arbitraries.of(false, false, false, true))
                .as(ContactSpec::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
        return contacts.flatMap(people -> {
            var log = Combinators.combine(
                            Arbitraries.integers().between(-1, people.size() - 1),
                            company,
                            Arbitraries.of(true, true, false),
                            Arbitraries.of(false, false, false, true))
                    .as(LogSpec::new)
                    .filter(spec -> spec.contact() >= 0 || spec.company() >= 0);
            return log.list().ofMaxSize(14).map(logs -> new World(people, logs));
        });
    }

    /** Thrown to roll a try's transaction back once it has checked what it saw. */
    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void portal_lists_and_items_agree_and_show_exactly_what_reaches_the_company(@ForAll("worlds") World world) {
        try {
            db.transactions().inTransaction(() -> {
                check(world);
                throw new Rollback();
            });
        } catch (Rollback expected) {
            // checked, and nothing of the try is kept
        }
    }

    private static void check(World world) {
        var companies = new ArrayList<CompanyId>();
        for (int i = 0; i < 3; i++) {
            var id = db.companies().nextId();
            var company = Company.create(id, aCompany().build(), USER, T0);
            db.companies().save(i == 2 ? company.delete(T0) : company);
            companies.add(id);
        }
        var contacts = new ArrayList<Contact>();
        for (var spec : world.contacts()) {
            var id = db.contacts().nextId();
            var contact = Contact.create(id, details(at(companies, spec.companyAtFirst())), USER, T0);
            db.contacts().save(contact);
            contacts.add(contact);
        }
        var logs = new ArrayList<CommunicationLog>();
        for (var spec : world.logs()) {
            var details = new CommunicationLogDetails(
                    CommunicationType.NOTE,
                    null,
                    "Entry",
                    null,
                    T0.plusSeconds(logs.size()),
                    null,
                    spec.contact() < 0 ? null : contacts.get(spec.contact()).id(),
                    at(companies, spec.company()),
                    spec.shared());
            var log = CommunicationLog.create(db.communicationLogs().nextId(), details, USER, T0);
            db.communicationLogs().save(spec.deleted() ? log.delete(T0) : log);
            logs.add(log);
        }
        // The contacts move (or not) and some are deleted, after their log entries were written.
        var now = new ArrayList<Contact>();
        for (int i = 0; i < contacts.size(); i++) {
            var spec = world.contacts().get(i);
            var moved = contacts.get(i)
                    .edit(
                            ContactEdit.replacingWith(details(at(companies, spec.companyAtLast()))),
                            T0.plusSeconds(3600));
            db.contacts().save(spec.deleted() ? moved.delete(T0.plusSeconds(3600)) : moved);
            now.add(moved);
        }

        var customerContacts = new CustomerContacts(db.contacts());
        for (int c = 0; c < companies.size(); c++) {
            var company = companies.get(c);
            var expectedLogs = new TreeSet<Long>();
            for (int l = 0; l < logs.size(); l++) {
                var spec = world.logs().get(l);
                boolean byContact = spec.contact() >= 0
                        && !world.contacts().get(spec.contact()).deleted()
                        && world.contacts().get(spec.contact()).companyAtLast() == c;
                if (spec.shared() && !spec.deleted() && (spec.company() == c || byContact)) {
                    expectedLogs.add(logs.get(l).id().value());
                }
            }
            var listed = new TreeSet<Long>();
            db.communicationLogs()
                    .searchForCustomer(company, CommunicationLogQuery.all(), ALL)
                    .items()
                    .forEach(log -> listed.add(log.id().value()));
            assertEquals(expectedLogs, listed, "logs a customer of company " + c + " lists");
            for (var log : logs) {
                assertEquals(
                        listed.contains(log.id().value()),
                        db.communicationLogs()
                                .findForCustomer(company, log.id())
                                .isPresent(),
                        "the item read agrees with the list on log " + log.id());
            }

            var expectedContacts = new TreeSet<Long>();
            for (int k = 0; k < now.size(); k++) {
                var spec = world.contacts().get(k);
                if (!spec.deleted() && spec.companyAtLast() == c) {
                    expectedContacts.add(now.get(k).id().value());
                }
            }
            var listedContacts = new TreeSet<Long>();
            customerContacts
                    .search(
                            company,
                            new ContactQuery(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT),
                            ALL)
                    .items()
                    .forEach(contact -> listedContacts.add(contact.id().value()));
            assertEquals(expectedContacts, listedContacts, "contacts a customer of company " + c + " lists");
            for (var contact : now) {
                assertEquals(
                        listedContacts.contains(contact.id().value()),
                        customerContacts.find(company, contact.id()).isPresent(),
                        "the item read agrees with the list on contact " + contact.id());
            }
        }

        // Accounts: the scope is the contact's company as it is now, when both are live.
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < Math.min(3, now.size()); p++) {
            if (!used.add(p)) {
                continue;
            }
            var user = new UserId("u-p" + p);
            var account = PortalAccount.create(
                    db.portalAccounts().nextId(),
                    new PortalAccountDetails(user, now.get(p).id()),
                    USER,
                    T0);
            db.portalAccounts().save(account);
            var spec = world.contacts().get(p);
            Optional<CompanyId> expected = spec.deleted() || spec.companyAtLast() < 0 || spec.companyAtLast() == 2
                    ? Optional.empty()
                    : Optional.of(companies.get(spec.companyAtLast()));
            assertEquals(
                    expected, db.portalAccounts().scopeOf(user).orElseThrow().company(), "scope of account " + p);
        }
    }

    private static CompanyId at(List<CompanyId> companies, int index) {
        return index < 0 ? null : companies.get(index);
    }

    private static ContactDetails details(CompanyId company) {
        return new ContactDetails("Anna", "Kovács", null, null, null, company, null);
    }
}
