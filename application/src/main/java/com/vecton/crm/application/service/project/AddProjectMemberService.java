package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.AddProjectMemberUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.MemberRole;
import com.vecton.crm.domain.project.Membership;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectMember;
import java.util.LinkedHashMap;

/**
 * Adds a member in one transaction that first locks the project row: concurrent adds to one
 * project queue behind that lock, so each sees what the previous one did and either restores the
 * removed membership, inserts a new one, or answers {@code already_a_member}. The store's unique
 * index on live memberships stays the last line of defence (see {@code ProjectMemberships.save}).
 */
public final class AddProjectMemberService implements AddProjectMemberUseCase {
    private final ProjectServices s;

    public AddProjectMemberService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public ProjectMember add(Requester who, ProjectId project, UserId user, MemberRole role) {
        return s.kit().transactions().inTransaction(() -> {
            // Changing a project's members is changing the project: its lock, and the requester's policies on it.
            s.type().lockLive(who, project);
            if (!s.users().isActive(user)) {
                throw ValidationFailed.of("user_id", "must be an active user of this tenant");
            }
            var existing = s.memberships().find(project, user);
            if (existing.filter(Membership::isLive).isPresent()) {
                throw Membership.alreadyAMember(project, user);
            }
            var now = s.kit().clock().now();
            var membership = existing.map(removed -> removed.rejoined(role, now))
                    .orElseGet(() -> Membership.begin(project, user, role, now));
            s.memberships().save(membership);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            ProjectServices.SUBJECT,
                            project,
                            AuditEvent.MEMBER_ADDED,
                            memberChange(user, role),
                            now);
            return s.memberships()
                    .findLive(project, user)
                    .orElseThrow(() -> new IllegalStateException("a membership saved in this transaction is gone"));
        });
    }

    private static Changes memberChange(UserId user, MemberRole role) {
        var fields = new LinkedHashMap<String, FieldChange>();
        fields.put("user_id", new FieldChange(null, user.value()));
        fields.put("role", new FieldChange(null, role.apiName()));
        return new Changes(fields);
    }
}
