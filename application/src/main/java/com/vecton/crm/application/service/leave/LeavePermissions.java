package com.vecton.crm.application.service.leave;

import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveAccess;
import com.vecton.crm.domain.problem.Forbidden;
import java.util.Map;

/**
 * Whose leave a requester may work on. Their own always; another user's with {@code leaves.manage}
 * (submit, list, cancel) or, for reading and reviewing, {@code leaves.review}. Checked on
 * {@code crm:leaves} with {@code resource.user_id}, so a policy may grant it for some users only.
 * Any refusal means no; identity being unavailable is not a refusal and propagates.
 */
final class LeavePermissions {
    private final UseCaseKit kit;

    LeavePermissions(UseCaseKit kit) {
        this.kit = kit;
    }

    boolean may(Requester who, Permission permission, UserId owner) {
        try {
            kit.access().authorize(who.asking(permission), LeaveAccess.collection(), attributes(owner));
            return true;
        } catch (Forbidden refused) {
            return false;
        }
    }

    boolean mayManage(Requester who, UserId owner) {
        return may(who, LeaveAccess.MANAGE, owner);
    }

    /** A reviewer or a manager: may read and cancel another user's requests. */
    boolean mayOversee(Requester who, UserId owner) {
        return mayManage(who, owner) || may(who, LeaveAccess.REVIEW, owner);
    }

    /** @throws Forbidden {@code permission_denied} naming what is missing */
    void requireManage(Requester who, UserId owner, String what) {
        if (!mayManage(who, owner)) {
            throw new Forbidden(
                    AccessDecision.PERMISSION_DENIED.errorCode(), what + " needs " + LeaveAccess.MANAGE + ".");
        }
    }

    /** @throws Forbidden {@code permission_denied} unless the caller oversees {@code owner}'s leave */
    void requireOversee(Requester who, UserId owner, String what) {
        if (!who.userId().equals(owner) && !mayOversee(who, owner)) {
            throw new Forbidden(
                    AccessDecision.PERMISSION_DENIED.errorCode(),
                    what + " needs " + LeaveAccess.MANAGE + " or " + LeaveAccess.REVIEW + ".");
        }
    }

    static ResourceAttributes attributes(UserId owner) {
        return new ResourceAttributes(owner == null ? Map.of() : Map.of("user_id", owner.value()));
    }
}
