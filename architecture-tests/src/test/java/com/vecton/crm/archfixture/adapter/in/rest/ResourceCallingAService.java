package com.vecton.crm.archfixture.adapter.in.rest;

import com.vecton.crm.archfixture.application.service.WellBehavedService;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;

/** Violates DRIVING_ADAPTERS_USE_ONLY_IN_PORTS: a resource that knows the service behind the in-port. */
public final class ResourceCallingAService {

    private final WellBehavedService service;

    public ResourceCallingAService(WellBehavedService service) {
        this.service = service;
    }

    public String show(WellBehavedContactId id) {
        return service.show(id).name();
    }
}
