package com.vecton.crm.adapter.out.persistence.company;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import com.vecton.crm.domain.testing.CompanyDetailsBuilder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCompanyRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2026-11-21T08:30:00.654321Z");
    private static final UserId USER = new UserId("u-1001");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 25);

    private static Persistence db;
    private CompanyRepository companies;
    private int saved;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
        companies = db.companies();
    }

    @Test
    void saved_company_is_found_with_every_field() {
        var details = aCompany()
                .named("Árvíztűrő Kft.")
                .withDomain("arvizturo.test")
                .withPhone("+36 1 555 0000")
                .withEmail("info@arvizturo.test")
                .withWebsite("https://arvizturo.test/")
                .at("Fő utca 1.", "1011", "Budapest", "HU")
                .withNotes("Key account.")
                .build();
        var company = Company.create(companies.nextId(), details, USER, T0);

        companies.save(company);

        var found = companies.findById(company.id()).orElseThrow();
        assertEquals(details, found.details());
        assertEquals(USER, found.createdBy().orElseThrow());
        assertEquals(T0, found.createdAt());
        assertEquals(T0, found.updatedAt());
        assertTrue(found.deletedAt().isEmpty());
    }

    @Test
    void saving_again_overwrites_the_stored_company() {
        var company = save(aCompany().named("Acme").withDomain("acme.test"));

        companies.save(company.edit(
                CompanyEdit.replacingWith(aCompany().named("Acme Zrt.").build()), LATER));

        var found = companies.findById(company.id()).orElseThrow();
        assertEquals("Acme Zrt.", found.details().name());
        assertEquals(null, found.details().domain());
        assertEquals(LATER, found.updatedAt());
    }

    @Test
    void deleted_company_is_not_found_but_can_still_be_locked() {
        var company = save(aCompany());

        companies.save(company.delete(LATER));

        assertTrue(companies.findById(company.id()).isEmpty());
        var locked = db.transactions()
                .inTransaction(() -> companies.lockById(company.id()))
                .orElseThrow();
        assertEquals(LATER, locked.deletedAt().orElseThrow());
    }

    @Test
    void only_a_live_company_is_held_live() {
        var live = save(aCompany().named("Live"));
        var deleted = save(aCompany().named("Deleted"));
        companies.save(deleted.delete(LATER));

        assertTrue(db.transactions().inTransaction(() -> companies.holdLive(live.id())));
        assertFalse(db.transactions().inTransaction(() -> companies.holdLive(deleted.id())));
        assertFalse(db.transactions().inTransaction(() -> companies.holdLive(new CompanyId(987_654))));
    }

    @Test
    void search_matches_name_and_domain_ignoring_case_and_accents() {
        save(aCompany().named("Árvíztűrő Kft.").withDomain("tukorfurogep.test"));
        save(aCompany().named("Szőke és Társa").withDomain("szoke.test"));
        save(aCompany().named("Globex"));

        assertEquals(List.of("Árvíztűrő Kft."), names(search("ARVIZTURO")));
        assertEquals(List.of("Árvíztűrő Kft."), names(search("tükörfúrógép")));
        assertEquals(List.of("Szőke és Társa"), names(search("szoke es")));
        assertEquals(List.of("Globex"), names(search("lob")));
    }

    @Test
    void search_folds_german_transliterations_in_name_and_domain() {
        save(aCompany().named("Müller & Söhne GmbH").withDomain("mueller-soehne.test"));
        save(aCompany().named("Straßenbau AG"));

        assertEquals(List.of("Müller & Söhne GmbH"), names(search("mueller & soehne")));
        assertEquals(List.of("Müller & Söhne GmbH"), names(search("muller-sohne.test")));
        assertEquals(List.of("Straßenbau AG"), names(search("strassenbau")));
    }

    @Test
    void search_takes_wildcards_and_quotes_literally() {
        save(aCompany().named("100% Kft."));
        save(aCompany().named("1000 Kft."));
        save(aCompany().named("O'Brien_Co"));
        save(aCompany().named("O'BrienXCo"));

        assertEquals(List.of("100% Kft."), names(search("0%")));
        assertEquals(List.of("O'Brien_Co"), names(search("n_c")));
        assertEquals(0, search("'; drop table companies; --").total());
        assertEquals(
                4,
                companies
                        .search(new CompanyQuery(Optional.empty(), CompanyQuery.DEFAULT_SORT), FIRST_PAGE)
                        .total());
    }

    @Test
    void deleted_companies_are_not_listed() {
        save(aCompany().named("Acme Kept"));
        var gone = save(aCompany().named("Acme Gone"));
        companies.save(gone.delete(LATER));

        var page = search("acme");

        assertEquals(List.of("Acme Kept"), names(page));
        assertEquals(1, page.total());
    }

    @Test
    void every_allowed_field_sorts_both_ways_with_id_breaking_ties() {
        var a = save(aCompany().named("b").withDomain("c.test"), T0.plusSeconds(2), T0.plusSeconds(30));
        var b = save(aCompany().named("a").withDomain("a.test"), T0.plusSeconds(1), T0.plusSeconds(10));
        var c = save(aCompany().named("c").withDomain("b.test"), T0.plusSeconds(3), T0.plusSeconds(20));
        var tie = save(aCompany().named("a").withDomain("d.test"), T0.plusSeconds(3), T0.plusSeconds(40));
        var all = List.of(a, b, c, tie);

        assertSorted(all, "name", company -> company.details().name());
        assertSorted(all, "domain", company -> company.details().domain());
        assertSorted(all, "created_at", Company::createdAt);
        assertSorted(all, "updated_at", Company::updatedAt);
        assertEquals(CompanyQuery.SORTABLE.size(), 4, "a new sortable field needs a line above");
    }

    @Test
    void pages_carry_the_total_of_all_matches() {
        for (int i = 1; i <= 5; i++) {
            save(aCompany().named("Acme " + i));
        }
        var query = new CompanyQuery(SearchText.of("acme"), CompanyQuery.DEFAULT_SORT);

        var second = companies.search(query, new PageRequest(2, 2));
        var beyond = companies.search(query, new PageRequest(9, 2));

        assertEquals(List.of("Acme 3", "Acme 4"), names(second));
        assertEquals(5, second.total());
        assertEquals(3, second.lastPage());
        assertEquals(5, beyond.total());
    }

    private <C extends Comparable<C>> void assertSorted(List<Company> all, String field, Function<Company, C> key) {
        var ascending = all.stream()
                .sorted(Comparator.comparing(key)
                        .thenComparing(company -> company.id().value()))
                .map(Company::id)
                .toList();

        var up = companies.search(new CompanyQuery(Optional.empty(), new SortOrder(field, false)), FIRST_PAGE);
        var down = companies.search(new CompanyQuery(Optional.empty(), new SortOrder(field, true)), FIRST_PAGE);

        assertEquals(ascending, up.items().stream().map(Company::id).toList(), field);
        assertEquals(
                ascending.reversed(), down.items().stream().map(Company::id).toList(), "-" + field);
    }

    private Page<Company> search(String text) {
        return companies.search(new CompanyQuery(SearchText.of(text), CompanyQuery.DEFAULT_SORT), FIRST_PAGE);
    }

    private Company save(CompanyDetailsBuilder details) {
        var at = T0.plusSeconds(++saved);
        return save(details, at, at);
    }

    private Company save(CompanyDetailsBuilder details, Instant created, Instant updated) {
        var company = Company.restore(companies.nextId(), details.build(), USER, created, updated, null, 1);
        companies.save(company);
        return company;
    }

    private static List<String> names(Page<Company> page) {
        return page.items().stream().map(c -> c.details().name()).toList();
    }
}
