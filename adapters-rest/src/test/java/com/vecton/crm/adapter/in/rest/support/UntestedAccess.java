package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import java.util.Set;

/** The handler-side check for resources whose routes these tests register but do not run. */
final class UntestedAccess {
    private UntestedAccess() {
    }

    static AuthorizeOnResourceUseCase onResource() {
        return new AuthorizeOnResourceUseCase() {
            @Override
            public void authorize(Caller caller, BearerToken token, Permission permission, ResourceName resource,
                                  ResourceAttributes attributes) {
                throw new UnsupportedOperationException("checks on loaded resources are tested end to end");
            }

            @Override
            public Visibility visibility(Caller caller, BearerToken token, Permission permission, ResourceName resource,
                                         ResourceAttributes shared, Set<String> perItem) {
                throw new UnsupportedOperationException("list visibility is tested end to end");
            }
        };
    }
}
