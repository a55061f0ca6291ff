package com.vecton.crm.application.port.in.portal;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountDetails;

/** Let an identity user into the customer portal as one contact. */
public interface CreatePortalAccountUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.ValidationFailed when the user is not known here or the contact is not live
     * @throws com.vecton.crm.domain.problem.RuleViolated     {@code portal_account_exists} when the user has one
     */
    PortalAccount create(Actor actor, PortalAccountDetails details);
}
