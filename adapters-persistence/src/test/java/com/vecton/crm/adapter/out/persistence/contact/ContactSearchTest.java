package com.vecton.crm.adapter.out.persistence.contact;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import com.vecton.crm.domain.testing.ContactDetailsBuilder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactSearchTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 25);

    private static Persistence db;
    private ContactRepository contacts;
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
        contacts = db.contacts();
    }

    @Test
    void search_ignores_case_and_accents_in_both_directions() {
        save(aContact().named("Ödön", "Árvai"));
        save(aContact().named("Péter", "Arvai"));
        save(aContact().named("Ödön", "Kovács"));

        assertEquals(List.of("Arvai", "Árvai"), lastNames(search("arvai")));
        assertEquals(List.of("Arvai", "Árvai"), lastNames(search("Árvai")));
        assertEquals(List.of("Arvai", "Árvai"), lastNames(search("ÁRVA")));
        assertEquals(List.of("Kovács", "Árvai"), lastNames(search("odon")));
    }

    @Test
    void double_acute_letters_fold_too() {
        save(aContact().named("Lili", "Szőke"));
        save(aContact().named("Ábel", "Szűcs"));

        assertEquals(List.of("Szőke"), lastNames(search("szoke")));
        assertEquals(List.of("Szőke"), lastNames(search("SZÖKE")));
        assertEquals(List.of("Szűcs"), lastNames(search("szucs")));
    }

    @Test
    void german_umlauts_and_their_transliterations_find_each_other() {
        save(aContact().named("Jürgen", "Müller"));
        save(aContact().named("Juergen", "Mueller"));
        save(aContact().named("Ulrike", "Straße"));
        save(aContact().named("Anna", "Kovács"));

        for (String query : List.of("mueller", "muller", "Müller", "MÜLLER", "MUELLER", "juergen muell")) {
            assertEquals(List.of("Mueller", "Müller"), lastNames(search(query)), query);
        }
        for (String query : List.of("strasse", "Straße", "STRASSE")) {
            assertEquals(List.of("Straße"), lastNames(search(query)), query);
        }
    }

    @Test
    void accents_other_than_the_umlauts_do_not_change_the_german_rule() {
        save(aContact().named("Noémi", "Kiss"));
        save(aContact().named("Noemi", "Nagy"));
        save(aContact().named("Joël", "Martin"));

        assertEquals(List.of("Kiss", "Nagy"), lastNames(search("noemi")));
        assertEquals(List.of("Kiss", "Nagy"), lastNames(search("Noémi")));
        assertEquals(List.of("Martin"), lastNames(search("joel")));
    }

    /**
     * As with Lucene's rule, "ue" folds in every name, and the match is a substring of the folded
     * text: a query that starts on the dropped e misses, one that holds the whole pair finds it.
     */
    @Test
    void a_query_must_hold_the_whole_folded_pair_to_find_it() {
        save(aContact().named("Manuel", "Bauer"));

        assertEquals(List.of("Bauer"), lastNames(search("manuel")));
        assertEquals(List.of("Bauer"), lastNames(search("nuel")));
        assertEquals(List.of("Bauer"), lastNames(search("manul")));
        assertEquals(List.of("Bauer"), lastNames(search("auer")));
        assertEquals(List.of(), lastNames(search("el")));
        assertEquals(List.of(), lastNames(search("uer")));
    }

    @Test
    void search_matches_first_name_last_name_and_email() {
        save(aContact().named("Anna", "Kiss").withEmail("anna@acme.test"));
        save(aContact().named("Béla", "Tóth").withEmail("bela@globex.test"));

        assertEquals(List.of("Tóth"), lastNames(search("globex")));
        assertEquals(List.of("Kiss"), lastNames(search("anna kiss")));
        assertEquals(List.of("Tóth"), lastNames(search("Béla")));
    }

    @Test
    void one_or_two_letter_queries_still_match() {
        save(aContact().named("Lili", "Szőke"));
        save(aContact().named("Anna", "Kiss"));

        assertEquals(List.of("Szőke"), lastNames(search("ő")));
        assertEquals(List.of("Kiss"), lastNames(search("ki")));
    }

    @Test
    void percent_and_underscore_are_literal_characters() {
        save(aContact().named("Ann_a", "Literal"));
        save(aContact().named("Anna", "Plain"));
        save(aContact().named("Perc%ent", "Literal"));
        save(aContact().named("Percent", "Plain"));
        save(aContact().named("Back\\slash", "Literal"));
        save(aContact().named("Backslash", "Plain"));

        assertEquals(List.of("Ann_a"), firstNames(search("n_a")));
        assertEquals(List.of("Perc%ent"), firstNames(search("c%e")));
        assertEquals(List.of("Perc%ent"), firstNames(search("%")));
        assertEquals(List.of("Back\\slash"), firstNames(search("k\\s")));
        assertEquals(0, search("_____________").total());
    }

    /** Characters that unaccent turns into a LIKE wildcard are literal too: it runs before the escaping. */
    @Test
    void full_width_percent_and_underscore_are_literal_characters() {
        save(aContact().named("Perc%ent", "Literal"));
        save(aContact().named("Ann_a", "Literal"));
        save(aContact().named("Percent", "Plain"));
        save(aContact().named("Anna", "Plain"));

        assertEquals(List.of("Perc%ent"), firstNames(search("％")));
        assertEquals(List.of("Perc%ent"), firstNames(search("c％e")));
        assertEquals(List.of("Ann_a"), firstNames(search("n＿a")));
        assertEquals(List.of(), firstNames(search("＿＿＿＿＿＿＿＿＿")));
    }

    @Test
    void injection_looking_input_is_just_text() {
        save(aContact().named("Anna", "Kiss"));

        var page = search("'; drop table contacts; --");

        assertEquals(0, page.total());
        assertEquals(List.of("Kiss"), lastNames(search("kiss")));
    }

    @Test
    void deleted_contacts_are_not_listed_or_counted() {
        var kept = save(aContact().named("Anna", "Kiss"));
        var deleted = save(aContact().named("Anna", "Nagy"));
        contacts.save(deleted.delete(T0.plusSeconds(60)));

        var all = contacts.search(query(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT), FIRST_PAGE);
        var found = search("anna");

        assertEquals(List.of(kept.id()), all.items().stream().map(Contact::id).toList());
        assertEquals(1, all.total());
        assertEquals(1, found.total());
    }

    @Test
    void company_filter_keeps_only_that_companys_contacts() {
        var acme = company("Acme");
        var globex = company("Globex");
        save(aContact().named("Anna", "Kiss").atCompany(acme));
        save(aContact().named("Béla", "Kiss").atCompany(globex));
        save(aContact().named("Cecil", "Nagy").atCompany(acme));
        save(aContact().named("Dóra", "Kiss"));

        var ofAcme = contacts.search(query(Optional.empty(), Optional.of(acme), ContactQuery.DEFAULT_SORT), FIRST_PAGE);
        var kissesOfAcme =
                contacts.search(query(SearchText.of("kiss"), Optional.of(acme), ContactQuery.DEFAULT_SORT), FIRST_PAGE);

        assertEquals(List.of("Anna", "Cecil"), firstNames(ofAcme));
        assertEquals(List.of("Anna"), firstNames(kissesOfAcme));
        assertEquals(1, kissesOfAcme.total());
    }

    @Test
    void every_allowed_field_sorts_both_ways_with_id_breaking_ties() {
        // Values in one case and plain letters, so the database's collation and Java agree.
        var a = save(aContact().named("b", "c").withEmail("a@x.test"), T0.plusSeconds(2), T0.plusSeconds(30));
        var b = save(aContact().named("a", "b").withEmail("c@x.test"), T0.plusSeconds(1), T0.plusSeconds(10));
        var c = save(aContact().named("c", "a").withEmail("b@x.test"), T0.plusSeconds(3), T0.plusSeconds(20));
        var tie = save(aContact().named("a", "a").withEmail("d@x.test"), T0.plusSeconds(3), T0.plusSeconds(40));
        var all = List.of(a, b, c, tie);

        assertSorted(all, "first_name", contact -> contact.details().firstName());
        assertSorted(all, "last_name", contact -> contact.details().lastName());
        assertSorted(all, "email", contact -> contact.details().email());
        assertSorted(all, "created_at", Contact::createdAt);
        assertSorted(all, "updated_at", Contact::updatedAt);
        assertEquals(ContactQuery.SORTABLE.size(), 5, "a new sortable field needs a line above");
    }

    @Test
    void names_sort_with_accented_letters_beside_their_plain_ones_whatever_the_collation() {
        save(aContact().named("Zoltán", "Zsoldos"));
        save(aContact().named("Ágnes", "Ábel"));
        save(aContact().named("Béla", "Bíró"));
        save(aContact().named("agnes", "Ormos"));
        var byFirstName = contacts.search(
                query(Optional.empty(), Optional.empty(), new SortOrder("first_name", false)), FIRST_PAGE);
        assertEquals(List.of("Ábel", "Ormos", "Bíró", "Zsoldos"), lastNamesInPageOrder(byFirstName));
        var byLastNameDescending = contacts.search(
                query(Optional.empty(), Optional.empty(), new SortOrder("last_name", true)), FIRST_PAGE);
        assertEquals(List.of("Zsoldos", "Ormos", "Bíró", "Ábel"), lastNamesInPageOrder(byLastNameDescending));
    }

    /**
     * Lists sort by the accent fold, not the German one, which drops letters: "Michael" stays
     * between "Micha" and "Michal" rather than tying with "Michal", and "Mueller" sorts as written.
     */
    @Test
    void names_sort_by_the_accent_fold_and_not_by_the_german_rule() {
        save(aContact().named("Michal", "Muller"));
        save(aContact().named("Michael", "Mueller"));
        save(aContact().named("Micha", "Müllner"));
        var byFirstName = contacts.search(
                query(Optional.empty(), Optional.empty(), new SortOrder("first_name", false)), FIRST_PAGE);
        var byLastName = contacts.search(
                query(Optional.empty(), Optional.empty(), new SortOrder("last_name", false)), FIRST_PAGE);

        assertEquals(List.of("Micha", "Michael", "Michal"), firstNames(byFirstName));
        assertEquals(List.of("Mueller", "Muller", "Müllner"), lastNamesInPageOrder(byLastName));
    }

    @Test
    void totals_are_exact_up_to_a_thousand_matches_and_a_lower_bound_beyond() {
        insertContactsNamed("Tausend", 1_000);
        var exactly = contacts.search(
                query(SearchText.of("tausend"), Optional.empty(), ContactQuery.DEFAULT_SORT), new PageRequest(40, 25));
        assertEquals(1_000, exactly.total());
        assertTrue(exactly.totalIsExact());
        assertEquals(25, exactly.items().size());

        insertContactsNamed("Tausend", 1);
        var bounded = contacts.search(
                query(SearchText.of("tausend"), Optional.empty(), ContactQuery.DEFAULT_SORT), new PageRequest(41, 25));
        assertEquals(1_000, bounded.total());
        assertTrue(!bounded.totalIsExact());
        assertEquals(1, bounded.items().size(), "pages past the counted total are still served");

        var unfiltered =
                contacts.search(query(Optional.empty(), Optional.empty(), ContactQuery.DEFAULT_SORT), FIRST_PAGE);
        assertTrue(!unfiltered.totalIsExact());
        assertEquals(25, unfiltered.items().size());
    }

    private void insertContactsNamed(String lastName, int count) {
        try (var connection = db.dataSource().getConnection();
                var insert = connection.prepareStatement("""
                     INSERT INTO contacts (id, first_name, last_name, created_at, updated_at)
                     SELECT nextval('contacts_id_seq'), 'Nr ' || n, ?, now(), now() FROM generate_series(1, ?) AS n""")) {
            insert.setString(1, lastName);
            insert.setInt(2, count);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pages_carry_the_total_of_all_matches() {
        for (int i = 1; i <= 7; i++) {
            save(aContact().named("Anna", "Kiss " + i));
        }
        save(aContact().named("Béla", "Nagy"));
        var byName = ContactQuery.DEFAULT_SORT;

        var first = contacts.search(query(SearchText.of("kiss"), Optional.empty(), byName), new PageRequest(1, 3));
        var last = contacts.search(query(SearchText.of("kiss"), Optional.empty(), byName), new PageRequest(3, 3));
        var beyond = contacts.search(query(SearchText.of("kiss"), Optional.empty(), byName), new PageRequest(4, 3));
        var exact = contacts.search(query(SearchText.of("kiss"), Optional.empty(), byName), new PageRequest(2, 7));

        assertEquals(List.of("Kiss 1", "Kiss 2", "Kiss 3"), lastNames(first));
        assertEquals(7, first.total());
        assertEquals(3, first.lastPage());
        assertEquals(List.of("Kiss 7"), lastNames(last));
        assertEquals(7, last.total());
        assertEquals(List.of(), beyond.items());
        assertEquals(7, beyond.total());
        assertEquals(7, exact.total());
        assertEquals(0, search("nobody").total());
    }

    @Test
    void a_search_reads_the_same_pages_whichever_query_shape_runs_it() {
        for (int i = 1; i <= 6; i++) {
            save(aContact().named("Anna " + (7 - i), "Kiss " + (i % 3)).withEmail("anna" + i + "@x.test"));
        }
        save(aContact().named("Béla", "Nagy"));
        var jdbi = Jdbi.create(db.dataSource()).installPlugin(new PostgresPlugin());
        var indexWalk = new JdbiContactRepository(jdbi, 0);
        var collectFirst = new JdbiContactRepository(jdbi, Long.MAX_VALUE);

        for (String sort : ContactQuery.SORTABLE) {
            for (boolean descending : new boolean[] {false, true}) {
                var query = query(SearchText.of("anna"), Optional.empty(), new SortOrder(sort, descending));
                for (int number = 1; number <= 4; number++) {
                    var page = new PageRequest(number, 2);
                    var walked = indexWalk.search(query, page);
                    var collected = collectFirst.search(query, page);
                    var ids = walked.items().stream().map(Contact::id).toList();
                    assertEquals(
                            ids, collected.items().stream().map(Contact::id).toList(), sort + " " + page);
                    assertEquals(6, walked.total());
                    assertEquals(6, collected.total());
                    assertEquals(number <= 3 ? 2 : 0, ids.size(), sort + " " + page);
                }
            }
        }
    }

    private <C extends Comparable<C>> void assertSorted(List<Contact> all, String field, Function<Contact, C> key) {
        var ascending = all.stream()
                .sorted(Comparator.comparing(key)
                        .thenComparing(contact -> contact.id().value()))
                .map(Contact::id)
                .toList();
        var descending = ascending.reversed();

        var up = contacts.search(query(Optional.empty(), Optional.empty(), new SortOrder(field, false)), FIRST_PAGE);
        var down = contacts.search(query(Optional.empty(), Optional.empty(), new SortOrder(field, true)), FIRST_PAGE);

        assertEquals(ascending, up.items().stream().map(Contact::id).toList(), field);
        assertEquals(descending, down.items().stream().map(Contact::id).toList(), "-" + field);
    }

    private Page<Contact> search(String text) {
        return contacts.search(
                query(SearchText.of(text), Optional.empty(), new SortOrder("first_name", false)), FIRST_PAGE);
    }

    private static ContactQuery query(Optional<SearchText> search, Optional<CompanyId> company, SortOrder sort) {
        return new ContactQuery(search, company, sort);
    }

    private Contact save(ContactDetailsBuilder details) {
        var at = T0.plusSeconds(++saved);
        return save(details, at, at);
    }

    private Contact save(ContactDetailsBuilder details, Instant created, Instant updated) {
        var contact = Contact.restore(contacts.nextId(), details.build(), USER, created, updated, null, 1);
        contacts.save(contact);
        return contact;
    }

    private CompanyId company(String name) {
        var company =
                Company.create(db.companies().nextId(), aCompany().named(name).build(), USER, T0);
        db.companies().save(company);
        return company.id();
    }

    private static List<String> lastNames(Page<Contact> page) {
        return page.items().stream().map(c -> c.details().lastName()).sorted().toList();
    }

    private static List<String> lastNamesInPageOrder(Page<Contact> page) {
        return page.items().stream().map(c -> c.details().lastName()).toList();
    }

    private static List<String> firstNames(Page<Contact> page) {
        return page.items().stream().map(c -> c.details().firstName()).toList();
    }
}
