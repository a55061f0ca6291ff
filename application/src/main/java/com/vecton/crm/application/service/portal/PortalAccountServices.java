package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.application.port.out.PortalAccountRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountId;

/** What every portal account use case needs from the outside; one value so wiring stays short. */
public record PortalAccountServices(
        PortalAccountRepository accounts, ContactRepository contacts, TenantUsers users, UseCaseKit kit) {
    /** The subject type of portal accounts in the audit trail and in CRM events. */
    public static final String SUBJECT = "portal_account";

    /**
     * What opening one account needs ({@code GET /api/portal-accounts/{id}} is a
     * {@code portal_accounts.list} route: accounts have no view permission), and so what a list needs on each.
     */
    public static final Permission VIEW = new Permission("portal_accounts.list");

    /**
     * Accounts as the lifecycle use cases see them: soft-deleted, so the trail and the feed keep them;
     * no route restores one (a user gets a new account instead).
     */
    public RecordType<PortalAccountId, PortalAccount> type() {
        return RecordType.softDeleted(SUBJECT, accounts, kit::admit, PortalAccount::delete, PortalAccount::undelete);
    }

    public RecordWrites<PortalAccountId, PortalAccount> writes() {
        return new RecordWrites<>(type(), kit, account -> account.details().asFields());
    }

    /** Which accounts a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(PortalAccount.RESOURCE_TYPE, VIEW, PortalAccount.FILTERABLE);
    }
}
