package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.portal.CustomerScope;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountId;
import com.vecton.crm.domain.portal.PortalAccountQuery;
import java.util.Optional;

/** Where customer portal accounts are kept. */
public interface PortalAccountRepository extends RecordStore<PortalAccountId, PortalAccount> {

    /**
     * Saves the account; a second live account for its user is refused ({@code 422
     * portal_account_exists}) by a unique index, so two concurrent creates end with one.
     */
    @Override
    void save(PortalAccount account);

    /** One page of the live accounts that match the query and that the caller may see, with their total. */
    Page<PortalAccount> search(PortalAccountQuery query, Visibility visible, PageRequest page);

    /**
     * The scope of a portal caller, read in one statement: their live account with its live
     * contact, and that contact's company as it is now when it is live; empty without such an account.
     */
    Optional<CustomerScope> scopeOf(UserId user);
}
