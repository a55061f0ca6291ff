package com.vecton.crm.domain.access;

import static com.vecton.crm.domain.access.AccessRequestBuilder.aRequest;
import static com.vecton.crm.domain.access.PolicyBuilder.aDeny;
import static com.vecton.crm.domain.access.PolicyBuilder.anAllow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.Forbidden;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The gate's answer for a whole list: filters on item attributes that admit exactly the items
 * the per-item check would allow (the property at the end proves it over generated policies).
 */
class VisibilityTest {
    private static final String VIEW = "tenant.acme.crm.tasks.view";
    private static final Set<String> PER_ITEM = Set.of("assignee_ids", "created_by", "status", "project_id");
    private static final ResourceName TASKS = ResourceName.collection("tasks");
    private static final AccessGate GATE = new AccessGate("t-acme");

    private static Caller member() {
        return CallerBuilder.aCaller()
                .withId("u-1001")
                .withEmail("odon@acme.test")
                .memberOf("t-acme")
                .build();
    }

    private static AccessRequest listRequest() {
        return aRequest()
                .by(member())
                .doing(VIEW)
                .on(TASKS)
                .withoutLoadedResource()
                .build();
    }

    private static Visibility visibility(Policy... policies) {
        return GATE.visibility(listRequest(), () -> List.of(policies), PER_ITEM);
    }

    @Test
    void an_unconditional_allow_shows_everything() {
        assertTrue(visibility(anAllow("tenant.acme.crm.tasks.*").build()).isEverything());
    }

    @Test
    void an_administrator_sees_everything_without_a_policy_fetch() {
        var admin = aRequest()
                .by(CallerBuilder.aCaller().systemAdmin())
                .doing(VIEW)
                .on(TASKS)
                .withoutLoadedResource()
                .build();
        assertTrue(GATE.visibility(
                        admin,
                        () -> {
                            throw new AssertionError("no fetch for an administrator");
                        },
                        PER_ITEM)
                .isEverything());
    }

    @Test
    void an_allow_for_assignees_becomes_a_test_on_the_callers_id() {
        var visible = visibility(anAllow(VIEW)
                .when(Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}")))
                .build());
        assertEquals(
                new Visibility(List.of(new Visibility.Grant(
                        List.of(new Visibility.Filter(
                                List.of(new Visibility.Test("assignee_ids", false, List.of("u-1001"))))),
                        List.of()))),
                visible);
    }

    @Test
    void a_conditioned_deny_beside_an_allow_is_kept_as_a_deny_filter() {
        var visible = visibility(
                anAllow(VIEW).build(),
                aDeny(VIEW)
                        .when(Map.of("StringEquals", Map.of("resource.status", "done")))
                        .build());
        var grant = visible.grants().getFirst();
        assertEquals(List.of(Visibility.Filter.ALWAYS), grant.allowedWhen());
        assertEquals(
                List.of(new Visibility.Filter(List.of(new Visibility.Test("status", false, List.of("done"))))),
                grant.deniedWhen());
    }

    @Test
    void clauses_about_the_caller_are_decided_now() {
        assertThrows(
                Forbidden.class,
                () -> visibility(anAllow(VIEW)
                        .when(Map.of("StringEquals", Map.of("user.id", "u-7", "resource.assignee_ids", "${user.id}")))
                        .build()));
        assertEquals(
                1,
                visibility(anAllow(VIEW)
                                .when(Map.of(
                                        "StringEquals",
                                        Map.of("user.id", "u-1001", "resource.assignee_ids", "${user.id}")))
                                .build())
                        .grants()
                        .size());
    }

    @Test
    void an_allow_on_an_attribute_the_store_cannot_filter_shows_nothing_and_is_refused() {
        var refused = assertThrows(
                Forbidden.class,
                () -> visibility(anAllow(VIEW)
                        .when(Map.of("StringLike", Map.of("resource.title", "Spec*")))
                        .build()));
        assertEquals("permission_denied", refused.code());
    }

    @Test
    void a_deny_whose_reach_cannot_be_expressed_refuses_the_list() {
        assertThrows(
                Forbidden.class,
                () -> visibility(
                        anAllow(VIEW).build(),
                        aDeny(VIEW)
                                .when(Map.of("NumericLessThan", Map.of("resource.priority_rank", 2)))
                                .build()));
    }

    @Test
    void an_unconditional_deny_refuses_the_list() {
        assertThrows(
                Forbidden.class,
                () -> visibility(
                        anAllow(VIEW).build(), aDeny("tenant.acme.crm.tasks.*").build()));
    }

    @Test
    void no_policies_is_its_own_refusal() {
        assertEquals(
                "no_policies", assertThrows(Forbidden.class, () -> visibility()).code());
    }

    @Test
    void an_attribute_every_item_shares_is_decided_now() {
        var inProject = aRequest()
                .by(member())
                .doing(VIEW)
                .on(ResourceName.item("projects", 12))
                .withAttributes(Map.of("project_id", 12L))
                .build();
        var onProject = anAllow(VIEW)
                .when(Map.of("StringEquals", Map.of("resource.project_id", "12")))
                .build();
        assertTrue(
                GATE.visibility(inProject, () -> List.of(onProject), PER_ITEM).isEverything());
        var otherProject = anAllow(VIEW)
                .when(Map.of("StringEquals", Map.of("resource.project_id", "13")))
                .build();
        assertThrows(Forbidden.class, () -> GATE.visibility(inProject, () -> List.of(otherProject), PER_ITEM));
    }

    // ---------------------------------------------------------------- the items' names

    private static Visibility ofItems(Policy... policies) {
        return GATE.visibilityOfItems(listRequest(), () -> List.of(policies), PER_ITEM);
    }

    private static Visibility.Filter ids(String... ids) {
        return new Visibility.Filter(List.of(new Visibility.Test(Visibility.ID, false, List.of(ids))));
    }

    @Test
    void a_deny_on_one_item_hides_that_item_only() {
        var visible = ofItems(
                anAllow("tenant.acme.crm.tasks.*").build(),
                aDeny(VIEW).on("crm:tasks/5").build());
        assertEquals(
                new Visibility(List.of(new Visibility.Grant(List.of(Visibility.Filter.ALWAYS), List.of(ids("5"))))),
                visible);
    }

    @Test
    void allows_each_naming_one_item_show_those_items() {
        var visible = ofItems(
                anAllow(VIEW).on("crm:tasks/5").build(),
                anAllow(VIEW).on("crm:tasks/6", "crm:tasks/7").build());
        assertEquals(
                new Visibility(List.of(new Visibility.Grant(List.of(ids("5"), ids("6", "7")), List.of()))), visible);
    }

    @Test
    void an_id_scope_and_the_conditions_must_both_hold() {
        var visible = ofItems(anAllow(VIEW)
                .on("crm:tasks/5")
                .when(Map.of("StringEquals", Map.of("resource.status", "done")))
                .build());
        var filter = visible.grants().getFirst().allowedWhen().getFirst();
        assertEquals(
                List.of(
                        new Visibility.Test("status", false, List.of("done")),
                        new Visibility.Test(Visibility.ID, false, List.of("5"))),
                filter.tests());
    }

    @Test
    void a_policy_on_the_collection_alone_reaches_no_item() {
        assertThrows(
                Forbidden.class, () -> ofItems(anAllow(VIEW).on("crm:tasks").build()));
        assertTrue(ofItems(anAllow(VIEW).build(), aDeny(VIEW).on("crm:tasks").build())
                .isEverything());
        assertTrue(
                visibility(anAllow(VIEW).on("crm:tasks").build()).isEverything(),
                "the collection's own check is unchanged");
    }

    @Test
    void policies_on_every_item_apply_to_every_item() {
        for (String everyItem : List.of("*", "*/*", "crm:tasks/*")) {
            assertTrue(ofItems(anAllow(VIEW).on(everyItem).build()).isEverything(), everyItem);
            assertThrows(
                    Forbidden.class,
                    () -> ofItems(
                            anAllow(VIEW).build(), aDeny(VIEW).on(everyItem).build()),
                    everyItem);
        }
    }

    @Test
    void a_glob_looking_id_is_the_literal_id_it_spells() {
        var visible =
                ofItems(anAllow(VIEW).build(), aDeny(VIEW).on("crm:tasks/1*").build());
        assertEquals(List.of(ids("1*")), visible.grants().getFirst().deniedWhen());
        assertThrows(Forbidden.class, () -> ofItems(anAllow(VIEW).on("crm:*").build()), "crm:* is a literal segment");
    }

    @Test
    void a_deny_on_some_ids_whose_conditions_cannot_be_expressed_hides_those_ids() {
        var visible = ofItems(
                anAllow(VIEW).build(),
                aDeny(VIEW)
                        .on("crm:tasks/5")
                        .when(Map.of("StringLike", Map.of("resource.title", "Spec*")))
                        .build());
        assertEquals(List.of(ids("5")), visible.grants().getFirst().deniedWhen());
        assertThrows(
                Forbidden.class,
                () -> ofItems(
                        anAllow(VIEW).build(),
                        aDeny(VIEW)
                                .when(Map.of("StringLike", Map.of("resource.title", "Spec*")))
                                .build()));
    }

    @Test
    void the_items_are_named_by_their_collection() {
        var onOneTask = aRequest()
                .by(member())
                .doing(VIEW)
                .on(ResourceName.item("tasks", 5))
                .withoutLoadedResource()
                .build();
        assertThrows(
                IllegalArgumentException.class,
                () -> GATE.visibilityOfItems(
                        onOneTask, () -> List.of(anAllow(VIEW).build()), PER_ITEM));
    }

    // ---------------------------------------------------------------- the property

    /** Conditions on the items that no filter can express: an allow with one shows fewer items (fail closed). */
    private static final Map<String, Object> INEXPRESSIBLE = Map.of("StringLike", Map.of("resource.status", "to*"));

    private static final List<Map<String, Object>> CONDITIONS = List.of(
            Map.of(),
            Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}")),
            Map.of("StringNotEquals", Map.of("resource.assignee_ids", "${user.id}")),
            Map.of("StringEquals", Map.of("resource.assignee_ids", List.of("u-7", "u-1001"))),
            Map.of("StringEquals", Map.of("resource.created_by", "${user.id}")),
            Map.of("StringNotEquals", Map.of("resource.created_by", "u-7")),
            Map.of("StringEquals", Map.of("resource.status", List.of("todo", "review"))),
            Map.of("StringNotEquals", Map.of("resource.status", "done")),
            Map.of("StringEquals", Map.of("resource.project_id", 12)),
            Map.of("StringEquals", Map.of("resource.project_id", "${user.email}")),
            Map.of("StringEquals", Map.of("user.id", "u-1001", "resource.status", "todo")),
            Map.of("StringEquals", Map.of("user.id", "u-7", "resource.status", "todo")),
            Map.of("StringEquals", Map.of("resource.status", "${user.unknown}")),
            Map.of(
                    "StringEquals",
                    Map.of("resource.created_by", "${user.id}"),
                    "StringNotEquals",
                    Map.of("resource.status", "done")),
            Map.of("Bogus", Map.of("resource.status", "todo")),
            INEXPRESSIBLE,
            Map.of("StringEquals", "malformed"));

    /** An allow or a deny with one of the conditions above. */
    record Generated(boolean allow, Map<String, Object> when) {
        Policy policy() {
            return (allow ? anAllow(VIEW) : aDeny(VIEW)).when(when).build();
        }
    }

    @Provide
    Arbitrary<Generated> policy() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(CONDITIONS))
                .as(Generated::new);
    }

    @Provide
    Arbitrary<Map<String, Object>> task() {
        var assignees =
                Arbitraries.of("u-1001", "u-7", "u-9").list().ofMaxSize(3).uniqueElements();
        var createdBy = Arbitraries.of("u-1001", "u-7").injectNull(0.3);
        var status = Arbitraries.of("todo", "in_progress", "review", "done");
        var project = Arbitraries.of(12L, 13L);
        return Combinators.combine(assignees, createdBy, status, project).as((a, c, s, p) -> {
            var attributes = new HashMap<String, Object>();
            attributes.put("assignee_ids", a);
            if (c != null) {
                attributes.put("created_by", c);
            }
            attributes.put("status", s);
            attributes.put("project_id", p);
            return attributes;
        });
    }

    /**
     * For any policies and any task: the list's filters never admit a task the check of that one
     * task would refuse; and they admit every task it allows, unless an allow carries a condition
     * no filter can express (then the list shows fewer, never more).
     */
    @Property(tries = 3_000)
    void the_filters_admit_exactly_what_the_item_check_allows(
            @ForAll("policy") Generated first,
            @ForAll("policy") Generated second,
            @ForAll("policy") Generated third,
            @ForAll("task") Map<String, Object> task) {
        List<Generated> generated = List.of(first, second, third);
        List<Policy> policies = generated.stream().map(Generated::policy).toList();
        var item = aRequest()
                .by(member())
                .doing(VIEW)
                .on(TASKS)
                .withAttributes(task)
                .build();
        boolean itemAllowed = PolicyEvaluator.evaluate(item, policies) == PolicyDecision.ALLOW;

        Optional<Visibility> visible;
        try {
            visible = Optional.of(GATE.visibility(listRequest(), () -> policies, PER_ITEM));
        } catch (Forbidden refused) {
            visible = Optional.empty();
        }
        boolean admitted = visible.map(v -> admits(v, task)).orElse(false);
        boolean exact = generated.stream().noneMatch(g -> g.allow() && g.when().equals(INEXPRESSIBLE))
                && generated.stream().noneMatch(g -> !g.allow() && g.when().equals(INEXPRESSIBLE));
        if (admitted) {
            assertTrue(itemAllowed, () -> "shown although the item check refuses: " + generated + " task " + task);
        } else if (exact) {
            assertFalse(itemAllowed, () -> "hidden although the item check allows: " + generated + " task " + task);
        }
    }

    /** Resource patterns to scope policies with: the collection, every item, literal ids, look-alikes. */
    private static final List<List<String>> RESOURCES = List.of(
            List.of("*"),
            List.of("crm:tasks"),
            List.of("crm:tasks/*"),
            List.of("*/*"),
            List.of("crm:tasks/5"),
            List.of("crm:tasks/5", "crm:tasks/6"),
            List.of("*/6"),
            List.of("crm:tasks/1*"),
            List.of("crm:*"),
            List.of("crm:contacts/5"),
            List.of("crm:Tasks/5"),
            List.of("crm:tasks", "crm:tasks/15"));

    /** An allow or a deny with one of the conditions above, on some resources. */
    record Scoped(boolean allow, Map<String, Object> when, List<String> on) {
        Policy policy() {
            return (allow ? anAllow(VIEW) : aDeny(VIEW))
                    .when(when)
                    .on(on.toArray(String[]::new))
                    .build();
        }
    }

    @Provide
    Arbitrary<Scoped> scopedPolicy() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(CONDITIONS), Arbitraries.of(RESOURCES))
                .as(Scoped::new);
    }

    /**
     * The same on the items' names: for any policies scoped to the collection, to every item, to
     * literal ids or to look-alikes, and any task of any id, the filters of the list admit the
     * task exactly when the check of {@code crm:tasks/{id}} allows it (fewer, never more, when an
     * inexpressible condition is among them).
     */
    @Property(tries = 3_000)
    void the_filters_on_the_items_admit_exactly_what_the_check_of_each_item_allows(
            @ForAll("scopedPolicy") Scoped first,
            @ForAll("scopedPolicy") Scoped second,
            @ForAll("scopedPolicy") Scoped third,
            @ForAll("task") Map<String, Object> task,
            @ForAll("taskIds") String id) {
        List<Scoped> generated = List.of(first, second, third);
        List<Policy> policies = generated.stream().map(Scoped::policy).toList();
        var item = aRequest()
                .by(member())
                .doing(VIEW)
                .on(ResourceName.item("tasks", id))
                .withAttributes(task)
                .build();
        boolean itemAllowed = PolicyEvaluator.evaluate(item, policies) == PolicyDecision.ALLOW;

        Optional<Visibility> visible;
        try {
            visible = Optional.of(GATE.visibilityOfItems(listRequest(), () -> policies, PER_ITEM));
        } catch (Forbidden refused) {
            visible = Optional.empty();
        }
        boolean admitted = visible.map(v -> admits(v, task, id)).orElse(false);
        if (admitted) {
            assertTrue(itemAllowed, () -> "shown although the item check refuses: " + generated + " task " + id + task);
        } else if (generated.stream().noneMatch(g -> g.when().equals(INEXPRESSIBLE))) {
            assertFalse(
                    itemAllowed, () -> "hidden although the item check allows: " + generated + " task " + id + task);
        }
    }

    @Provide
    Arbitrary<String> taskIds() {
        return Arbitraries.of("5", "6", "15", "1");
    }

    /** The filters evaluated the way the SQL of the task store evaluates them (NULL is unknown). */
    static boolean admits(Visibility visibility, Map<String, Object> task) {
        return admits(visibility, task, null);
    }

    /** The same for the task of this id ({@link Visibility#ID}). */
    static boolean admits(Visibility visibility, Map<String, Object> task, String id) {
        var withId = new HashMap<>(task);
        if (id != null) {
            withId.put(Visibility.ID, id);
        }
        task = withId;
        for (var grant : visibility.grants()) {
            Boolean allowed = false;
            for (var filter : grant.allowedWhen()) {
                allowed = or(allowed, holds(filter, task));
            }
            Boolean denied = false;
            for (var filter : grant.deniedWhen()) {
                denied = or(denied, holds(filter, task));
            }
            if (!Boolean.TRUE.equals(allowed) || !Boolean.FALSE.equals(denied)) {
                return false;
            }
        }
        return true;
    }

    private static Boolean holds(Visibility.Filter filter, Map<String, Object> task) {
        Boolean all = true;
        for (var test : filter.tests()) {
            Object actual = task.get(test.attribute());
            Boolean result;
            if (actual == null) {
                result = null;
            } else if (actual instanceof Collection<?> elements) {
                result = elements.stream().anyMatch(e -> test.values().contains(String.valueOf(e)));
            } else {
                result = test.values().contains(String.valueOf(actual));
            }
            if (result != null && test.negated()) {
                result = !result;
            }
            all = and(all, result);
        }
        return all;
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }
}
