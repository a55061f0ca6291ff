package com.vecton.crm.domain.audit;

import com.vecton.crm.domain.access.UserId;

/** Who did something: the user, and the administrator acting as them ({@code null} if none). */
public record Actor(UserId userId, UserId impersonatorId) {
    /**
     * The identity service, as the actor of the changes the CRM makes on identity's word (a user
     * deactivated, unassigned or re-mirrored by an identity event). Not a user: the id has a
     * {@code system:} prefix, which identity's user ids (such as {@code u-1001} or {@code 1001})
     * do not use, so readers of the audit trail and of CRM events can tell it from a person.
     */
    public static final Actor IDENTITY = new Actor(new UserId("system:identity"), null);

    public Actor {
        if (userId == null) {
            throw new IllegalArgumentException("an actor has a user id");
        }
    }
}
