package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.out.PortalAccountRepository;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.portal.PortalAccount;
import java.util.Optional;

/**
 * How every portal use case finds what its caller may see: the route's gate has checked
 * {@code portal.access}; the caller's live portal account (one statement) names the contact, and the
 * contact's company as it is now is the scope. A caller with the permission and no account is
 * {@code 403 portal_account_missing}: whatever else identity lets them do, they are not a customer here.
 */
public final class CustomerScopes {
    private final PortalAccountRepository accounts;

    public CustomerScopes(PortalAccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * The company the caller sees, or none (their contact is at no live company).
     *
     * @throws com.vecton.crm.domain.problem.Forbidden {@code portal_account_missing}
     */
    public Optional<CompanyId> companyOf(Requester who) {
        return accounts.scopeOf(who.userId())
                .orElseThrow(PortalAccount::missing)
                .company();
    }
}
