package com.vecton.crm.adapter.out.persistence.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;
import com.vecton.crm.domain.label.TaskLabelEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.search.SearchText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiTaskLabelRepositoryTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final Instant LATER = Instant.parse("2026-11-21T08:30:00.654321Z");
    private static final UserId USER = new UserId("u-1001");
    private static final TaskLabelQuery ALL = new TaskLabelQuery(Optional.empty(), TaskLabelQuery.DEFAULT_SORT);

    private static Persistence db;
    private TaskLabelRepository labels;
    private Transactions transactions;

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
        labels = db.taskLabels();
        transactions = db.transactions();
    }

    private TaskLabel saved(String name, String color) {
        var label = TaskLabel.create(labels.nextId(), new TaskLabelDetails(name, color), USER, CREATED);
        labels.save(label);
        return label;
    }

    private List<String> names(TaskLabelQuery query) {
        return labels.search(query, PageRequest.of(1, 100)).items().stream()
                .map(l -> l.details().name())
                .toList();
    }

    @Test
    void saved_label_is_read_back_with_every_field() {
        var label = saved("Urgent", "#ff0000");

        var found = labels.lockById(label.id()).orElseThrow();
        assertEquals(new TaskLabelDetails("Urgent", "#FF0000"), found.details());
        assertEquals(USER, found.createdBy().orElseThrow());
        assertEquals(CREATED, found.createdAt());
        assertEquals(CREATED, found.updatedAt());
    }

    @Test
    void an_edit_overwrites_name_colour_and_update_time_only() {
        var label = saved("Urgent", "#FF0000");

        labels.save(label.edit(TaskLabelEdit.replacingWith(new TaskLabelDetails("Blocked", "#000000")), LATER));

        var found = labels.lockById(label.id()).orElseThrow();
        assertEquals(new TaskLabelDetails("Blocked", "#000000"), found.details());
        assertEquals(CREATED, found.createdAt());
        assertEquals(LATER, found.updatedAt());
    }

    @Test
    void a_deleted_label_is_gone() {
        var label = saved("Urgent", null);

        labels.delete(label.id());

        assertTrue(labels.lockById(label.id()).isEmpty());
        assertEquals(0, labels.search(ALL, PageRequest.of(1, 25)).total());
    }

    @Test
    void deleting_an_unknown_label_changes_nothing() {
        saved("Urgent", null);

        labels.delete(new TaskLabelId(999_999));

        assertEquals(1, labels.search(ALL, PageRequest.of(1, 25)).total());
    }

    @Test
    void a_name_in_another_case_is_taken() {
        saved("Urgent", null);

        var refused = assertThrows(RuleViolated.class, () -> saved("URGENT", "#00FF00"));

        assertEquals("label_name_taken", refused.code());
        assertEquals(1, labels.search(ALL, PageRequest.of(1, 25)).total());
    }

    @Test
    void accents_make_a_different_name() {
        saved("Sürgős", null);
        saved("Surgos", null);

        assertEquals(2, labels.search(ALL, PageRequest.of(1, 25)).total());
    }

    @Test
    void renaming_to_a_taken_name_is_refused_and_keeps_the_old_name() {
        saved("Urgent", null);
        var other = saved("Later", null);

        assertThrows(
                RuleViolated.class,
                () -> transactions.inTransaction(() ->
                        labels.save(other.edit(new TaskLabelEdit(FieldEdit.set("urgent"), FieldEdit.keep()), LATER))));

        assertEquals(
                "Later", labels.lockById(other.id()).orElseThrow().details().name());
    }

    @Test
    void ten_concurrent_creates_of_one_name_leave_one_label() throws Exception {
        int racers = 10;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(racers);
        try {
            var outcomes = new ArrayList<Future<?>>();
            for (int i = 0; i < racers; i++) {
                String spelling = i % 2 == 0 ? "Urgent" : "URGENT";
                outcomes.add(pool.submit(() -> {
                    start.await();
                    // Each racer in its own transaction, as the create use case runs it.
                    return transactions.inTransaction(() -> saved(spelling, null));
                }));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (var outcome : outcomes) {
                try {
                    outcome.get(30, TimeUnit.SECONDS);
                    created++;
                } catch (ExecutionException e) {
                    var problem = assertInstanceOf(RuleViolated.class, e.getCause());
                    assertEquals("label_name_taken", problem.code());
                    refused++;
                }
            }
            assertEquals(1, created);
            assertEquals(racers - 1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, labels.search(ALL, PageRequest.of(1, 25)).total());
    }

    @Test
    void labels_list_by_folded_name_either_way() {
        saved("zöld", null);
        saved("Ágnes", null);
        saved("alma", null);
        saved("Béla", null);

        assertEquals(List.of("Ágnes", "alma", "Béla", "zöld"), names(ALL));
        assertEquals(
                List.of("zöld", "Béla", "alma", "Ágnes"),
                names(new TaskLabelQuery(Optional.empty(), new SortOrder("name", true))));
    }

    @Test
    void search_matches_a_folded_substring_with_literal_wildcards() {
        saved("Sürgős", null);
        saved("Surge protection", null);
        saved("Later", null);
        saved("100% done", null);
        saved("1000 done", null);

        assertEquals(
                List.of("Surge protection", "Sürgős"),
                names(new TaskLabelQuery(SearchText.of("SURG"), TaskLabelQuery.DEFAULT_SORT)));
        assertEquals(List.of("100% done"), names(new TaskLabelQuery(SearchText.of("0%"), TaskLabelQuery.DEFAULT_SORT)));
        assertEquals(List.of(), names(new TaskLabelQuery(SearchText.of("nothing"), TaskLabelQuery.DEFAULT_SORT)));
    }

    @Test
    void search_folds_german_transliterations() {
        saved("Prüfen", null);
        saved("Pruefen", null);
        saved("Prufen", null);
        saved("Profi", null);

        assertEquals(
                List.of("Pruefen", "Prüfen", "Prufen"),
                names(new TaskLabelQuery(SearchText.of("prüf"), TaskLabelQuery.DEFAULT_SORT)));
        assertEquals(
                List.of("Pruefen", "Prüfen", "Prufen"),
                names(new TaskLabelQuery(SearchText.of("PRUEFEN"), TaskLabelQuery.DEFAULT_SORT)));
    }

    @Test
    void pages_carry_the_total() {
        for (int i = 0; i < 5; i++) {
            saved("Label " + i, null);
        }

        var page = labels.search(ALL, PageRequest.of(2, 2));

        assertEquals(
                List.of("Label 2", "Label 3"),
                page.items().stream().map(l -> l.details().name()).toList());
        assertEquals(5, page.total());
        assertTrue(page.totalIsExact());
    }
}
