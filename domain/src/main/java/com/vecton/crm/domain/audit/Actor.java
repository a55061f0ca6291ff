package com.vecton.crm.domain.audit;

import com.vecton.crm.domain.access.UserId;

/** Who did something: the user, and the administrator acting as them ({@code null} if none). */
public record Actor(UserId userId, UserId impersonatorId) {
    public Actor {
        if (userId == null) {
            throw new IllegalArgumentException("an actor has a user id");
        }
    }
}
