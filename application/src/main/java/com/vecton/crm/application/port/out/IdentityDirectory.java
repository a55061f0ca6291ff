package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Policy;
import java.util.List;

/**
 * The central identity service, as the gate needs it (identity.md sections 1, 2 and 6).
 * Implementations cache as the contract says; callers may call these on every request.
 */
public interface IdentityDirectory {

    /**
     * Who the token belongs to.
     *
     * @throws com.vecton.crm.domain.problem.Unauthenticated {@code token_invalid} when identity refuses the token
     * @throws com.vecton.crm.domain.problem.Unavailable     {@code identity_unavailable} when identity cannot answer
     */
    Caller identify(BearerToken token);

    /**
     * The caller's policies in this deployment's tenant, normalised.
     *
     * @throws com.vecton.crm.domain.problem.Unauthenticated {@code token_invalid} when identity refuses the token
     * @throws com.vecton.crm.domain.problem.Unavailable     {@code identity_unavailable} when identity cannot answer
     */
    List<Policy> policiesFor(Caller caller, BearerToken token);
}
