package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;

/**
 * An identity user's access to the customer portal, as one contact: the portal shows that
 * contact's company, as the contact is now (a contact that moves company takes the account's scope
 * with it). An account is made and deleted, never edited. Immutable.
 *
 * <p>A portal caller is told apart from staff by this account: every portal route needs
 * {@code portal.access}, and a caller who has it but no live account is refused
 * ({@code 403 portal_account_missing}). Staff routes never look at accounts.
 */
public final class PortalAccount extends HistoryRecord<PortalAccountId, PortalAccountDetails, PortalAccount> {
    /** The type of accounts in resource names, {@code crm:portal_accounts/{id}}. */
    public static final String RESOURCE_TYPE = "portal_accounts";

    /** The attributes a list of accounts can be filtered on in the store: all of them. */
    public static final Set<String> FILTERABLE = Set.of("created_by", "user_id", "contact_id");

    /** The stable error code of a second live account for one user. */
    public static final String EXISTS = "portal_account_exists";
    /** The stable error code of a portal caller with {@code portal.access} but no live account. */
    public static final String MISSING = "portal_account_missing";

    private PortalAccount(PortalAccountId id, PortalAccountDetails details, Lifecycle lifecycle) {
        super(id, details, lifecycle);
    }

    public static PortalAccount create(
            PortalAccountId id, PortalAccountDetails details, UserId createdBy, Instant now) {
        return new PortalAccount(id, details, Lifecycle.begun(createdBy, now));
    }

    public static PortalAccount restore(
            PortalAccountId id,
            PortalAccountDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new PortalAccount(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    public static RuleViolated exists(UserId user) {
        return new RuleViolated(EXISTS, "User " + user.value() + " has a portal account already; delete it first.");
    }

    public static Forbidden missing() {
        return new Forbidden(MISSING, "The customer portal needs a portal account; this user has none.");
    }

    @Override
    protected PortalAccount with(PortalAccountDetails details, Lifecycle lifecycle) {
        return new PortalAccount(id(), details, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /** {@code created_by} (when recorded), {@code user_id}, {@code contact_id}. */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        values.put("user_id", details().userId().value());
        values.put("contact_id", details().contactId().value());
        return new ResourceAttributes(values);
    }
}
