package com.vecton.crm.application.port.in.portal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.Company;

/** A portal caller looks at their own company. */
public interface ShowCustomerCompanyUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.Forbidden {@code portal_account_missing} without a portal account
     * @throws com.vecton.crm.domain.problem.NotFound  when the account's contact is at no live company
     */
    Company show(Requester who);
}
