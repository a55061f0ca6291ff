package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.RemoveProjectMemberUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Membership;
import com.vecton.crm.domain.project.ProjectId;
import java.util.LinkedHashMap;

/** Soft-removes a live membership under the project's lock, as adding does. */
public final class RemoveProjectMemberService implements RemoveProjectMemberUseCase {
    private final ProjectServices s;

    public RemoveProjectMemberService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public void remove(Requester who, ProjectId project, UserId user) {
        s.kit().transactions().inTransaction(() -> {
            // Changing a project's members is changing the project: its lock, and the requester's policies on it.
            s.type().lockLive(who, project);
            var membership = s.memberships()
                    .find(project, user)
                    .filter(Membership::isLive)
                    .orElseThrow(() -> new NotFound("User " + user + " is not a member of project " + project + "."));
            var now = s.kit().clock().now();
            s.memberships().save(membership.removed(now));
            var fields = new LinkedHashMap<String, FieldChange>();
            fields.put("user_id", new FieldChange(user.value(), null));
            fields.put("role", new FieldChange(membership.role().apiName(), null));
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            ProjectServices.SUBJECT,
                            project,
                            AuditEvent.MEMBER_REMOVED,
                            new Changes(fields),
                            now);
        });
    }
}
