package com.vecton.crm.application.port.in.access;

import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceName;

/** Check that an identified caller may perform a route's action (identity.md section 4). */
public interface AuthorizeActionUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.Forbidden   with the gate's error code when refused
     * @throws com.vecton.crm.domain.problem.Unavailable {@code identity_unavailable} when policies cannot be fetched
     */
    void authorize(Caller caller, BearerToken token, Permission permission, ResourceName resource);
}
