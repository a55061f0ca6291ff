package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;

/**
 * A user's place on a project. Removing is soft ({@code removedAt}); adding the user again brings
 * the same membership back with the role asked for, so a project keeps one history per user.
 *
 * @param removedAt {@code null} while the user is a member
 */
public record Membership(ProjectId projectId, UserId userId, MemberRole role, Instant addedAt, Instant removedAt) {
    /** The stable error code of adding a user who is already an active member. */
    public static final String ALREADY_A_MEMBER = "already_a_member";

    public Membership {
        if (projectId == null || userId == null || role == null || addedAt == null) {
            throw new IllegalArgumentException("a membership has a project, a user, a role and when it began");
        }
    }

    /** The rule that a user is on a project at most once at a time, as clients see it refused (422). */
    public static RuleViolated alreadyAMember(ProjectId projectId, UserId userId) {
        return new RuleViolated(
                ALREADY_A_MEMBER, "User " + userId + " is already a member of project " + projectId + ".");
    }

    /** The user joins the project now. */
    public static Membership begin(ProjectId projectId, UserId userId, MemberRole role, Instant now) {
        return new Membership(projectId, userId, role, now, null);
    }

    public boolean isLive() {
        return removedAt == null;
    }

    public Membership removed(Instant now) {
        return new Membership(projectId, userId, role, addedAt, now);
    }

    /** A removed member added again: live from now on, in the role asked for this time. */
    public Membership rejoined(MemberRole newRole, Instant now) {
        return new Membership(projectId, userId, newRole, now, null);
    }
}
