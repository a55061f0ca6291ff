package com.vecton.crm.archfixture.application.port.in;

import com.vecton.crm.archfixture.domain.contact.WellBehavedContact;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;

/** The in-port a driving adapter calls. */
public interface WellBehavedShowContactUseCase {

    WellBehavedContact show(WellBehavedContactId id);
}
