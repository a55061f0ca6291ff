package com.vecton.crm.archfixture.application.port.out;

import com.vecton.crm.archfixture.domain.contact.WellBehavedContact;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;
import java.util.Optional;

public interface WellBehavedContacts {

    Optional<WellBehavedContact> findById(WellBehavedContactId id);
}
