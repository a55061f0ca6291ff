package com.vecton.crm.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberRoleTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void roles_parse_from_their_api_names() {
        assertEquals(MemberRole.MANAGER, MemberRole.parse("manager"));
        assertEquals(MemberRole.MEMBER, MemberRole.parse("member"));
        assertEquals(MemberRole.VIEWER, MemberRole.parse("viewer"));
    }

    @Test
    void an_absent_role_is_member() {
        assertEquals(MemberRole.MEMBER, MemberRole.parse(null));
    }

    @Test
    void anything_else_is_refused_on_role() {
        for (String bad : new String[] {"owner", "Manager", "", " member"}) {
            var refused = assertThrows(ValidationFailed.class, () -> MemberRole.parse(bad));
            assertTrue(refused.errors().containsKey("role"), bad);
        }
    }

    @Test
    void a_removed_member_rejoins_live_in_the_new_role_from_now() {
        var membership = Membership.begin(new ProjectId(1), new UserId("u-1"), MemberRole.MANAGER, T0)
                .removed(T0.plusSeconds(60));
        assertFalse(membership.isLive());

        var rejoined = membership.rejoined(MemberRole.VIEWER, T0.plusSeconds(120));

        assertTrue(rejoined.isLive());
        assertNull(rejoined.removedAt());
        assertEquals(MemberRole.VIEWER, rejoined.role());
        assertEquals(T0.plusSeconds(120), rejoined.addedAt());
    }
}
