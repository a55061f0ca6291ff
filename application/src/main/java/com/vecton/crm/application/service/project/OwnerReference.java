package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectDetails;

/** The rule that a project's owner, when it has one, is a known and active user of the tenant. */
final class OwnerReference {
    private OwnerReference() {}

    static void requireActive(TenantUsers users, ProjectDetails details) {
        if (details.ownerId() != null && !users.isActive(details.ownerId())) {
            throw ValidationFailed.of("owner_id", "must be an active user of this tenant");
        }
    }
}
