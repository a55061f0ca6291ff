package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.in.portal.CreatePortalAccountUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountDetails;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Makes a portal account and its audit row in one transaction: the user must be an active user
 * known here and the contact live (both held so until the commit); a user's second live account is
 * refused by the store's unique index ({@code 422 portal_account_exists}), also under concurrent creates.
 */
public final class CreatePortalAccountService implements CreatePortalAccountUseCase {
    private final PortalAccountServices s;

    public CreatePortalAccountService(PortalAccountServices services) {
        this.s = services;
    }

    @Override
    public PortalAccount create(Actor actor, PortalAccountDetails details) {
        return s.writes()
                .create(
                        actor,
                        () -> {
                            var errors = new LinkedHashMap<String, List<String>>();
                            if (!s.users().isActive(details.userId())) {
                                errors.put("user_id", List.of("must be an active user of this tenant"));
                            }
                            if (!s.contacts().holdLive(details.contactId())) {
                                errors.put("contact_id", List.of("must be an existing contact"));
                            }
                            if (!errors.isEmpty()) {
                                throw new ValidationFailed(errors);
                            }
                        },
                        (id, now) -> PortalAccount.create(id, details, actor.userId(), now));
    }
}
