package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;

/**
 * A live member as a project's member list shows it: the membership with the user's name and
 * email from the local user mirror (either may be unknown).
 */
public record ProjectMember(UserId userId, String name, String email, MemberRole role, Instant addedAt) {
    public ProjectMember {
        if (userId == null || role == null || addedAt == null) {
            throw new IllegalArgumentException("a project member has a user, a role and when they were added");
        }
    }
}
