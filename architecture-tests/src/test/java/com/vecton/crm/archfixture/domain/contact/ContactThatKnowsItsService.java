package com.vecton.crm.archfixture.domain.contact;

import com.vecton.crm.archfixture.application.service.WellBehavedService;

/** Violates DOMAIN_DEPENDS_ONLY_ON_THE_JDK: the domain does not know the application ring. */
public final class ContactThatKnowsItsService {

    public WellBehavedContact reload(WellBehavedService service, WellBehavedContactId id) {
        return service.show(id);
    }
}
