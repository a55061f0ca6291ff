package com.vecton.crm.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.PreconditionFailed;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreconditionTest {

    @Test
    void no_condition_and_exists_hold_for_every_version() {
        for (long version : new long[] {1, 2, 99, Long.MAX_VALUE}) {
            assertTrue(Precondition.NONE.holdsFor(version));
            assertTrue(Precondition.EXISTS.holdsFor(version));
        }
    }

    @Test
    void a_version_condition_holds_for_the_versions_it_names_only() {
        var condition = Precondition.versionIn(Set.of(3L, 5L));
        assertTrue(condition.holdsFor(3));
        assertTrue(condition.holdsFor(5));
        assertFalse(condition.holdsFor(4));
        assertFalse(condition.holdsFor(6));
    }

    @Test
    void a_version_condition_naming_nothing_never_holds() {
        var never = Precondition.versionIn(Set.of());
        assertFalse(never.holdsFor(1));
        assertFalse(never.holdsFor(2));
    }

    @Test
    void a_failed_condition_is_a_412_problem_naming_the_current_version() {
        var failed = assertThrows(
                PreconditionFailed.class,
                () -> Precondition.versionIn(Set.of(1L)).requireFor(2));
        assertEquals("precondition_failed", failed.code());
        assertEquals(2, failed.currentVersion());
        Precondition.versionIn(Set.of(2L)).requireFor(2);
        Precondition.EXISTS.requireFor(7);
    }

    @Test
    void only_a_version_condition_names_versions() {
        assertThrows(IllegalArgumentException.class, () -> new Precondition(Precondition.Kind.EXISTS, Set.of(1L)));
    }

    @Test
    void a_requester_without_a_condition_asks_on_none_and_keeps_its_condition_for_another_permission() {
        var caller = CallerBuilder.aCaller().build();
        var plain = new Requester(caller, new BearerToken("tok"), new Permission("contacts.update"));
        assertEquals(Precondition.NONE, plain.precondition());
        var conditional =
                new Requester(caller, new BearerToken("tok"), new Permission("contacts.update"), Precondition.EXISTS);
        assertEquals(
                Precondition.EXISTS,
                conditional.asking(new Permission("contacts.view")).precondition());
    }
}
