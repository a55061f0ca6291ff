package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.Membership;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;
import java.util.Optional;

/**
 * Who is on which project. A user has at most one live membership per project (the store
 * guarantees it, whatever the callers do); removed ones are kept and brought back on a re-add.
 */
public interface ProjectMemberships {

    /** The user's membership of the project: the live one, else the most recently removed one. */
    Optional<Membership> find(ProjectId project, UserId user);

    /**
     * Stores the membership as the user's one membership of the project: overwrites the one
     * {@link #find} returns, or inserts it if there is none.
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code already_a_member} when this would
     *         make a second live membership (a writer that did not lock the project got there first)
     */
    void save(Membership membership);

    /** A live member with their name and email. */
    Optional<ProjectMember> findLive(ProjectId project, UserId user);

    /** One page of the live members of a project, by name. */
    Page<ProjectMember> listLive(ProjectId project, PageRequest page);
}
