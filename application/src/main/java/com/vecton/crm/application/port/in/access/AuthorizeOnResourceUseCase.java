package com.vecton.crm.application.port.in.access;

import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;

/**
 * The full check of identity.md section 4 on a loaded resource: the handler runs it before acting,
 * after the route-level gate let conditions on {@code resource.*} through provisionally.
 */
public interface AuthorizeOnResourceUseCase {

    /**
     * @param attributes what the loaded resource exposes as {@code resource.<attribute>}; an
     *                   attribute left out is unknown, so an allow naming it does not apply and a
     *                   deny naming it does (fail closed)
     * @throws com.vecton.crm.domain.problem.Forbidden   with the gate's error code when refused
     * @throws com.vecton.crm.domain.problem.Unavailable {@code identity_unavailable} when policies cannot be fetched
     */
    void authorize(Caller caller, BearerToken token, Permission permission, ResourceName resource,
                   ResourceAttributes attributes);
}
