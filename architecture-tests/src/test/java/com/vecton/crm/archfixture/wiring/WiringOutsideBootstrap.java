package com.vecton.crm.archfixture.wiring;

import com.vecton.crm.archfixture.adapter.in.rest.WellBehavedResource;
import com.vecton.crm.archfixture.adapter.out.persistence.WellBehavedRepository;
import com.vecton.crm.archfixture.application.service.WellBehavedService;
import javax.sql.DataSource;

/** Violates ONLY_BOOTSTRAP_COMBINES_ADAPTERS and EVERY_CLASS_BELONGS_TO_A_RING: a second composition root. */
public final class WiringOutsideBootstrap {

    private WiringOutsideBootstrap() {}

    public static WellBehavedResource wire(DataSource dataSource) {
        return new WellBehavedResource(new WellBehavedService(new WellBehavedRepository(dataSource)));
    }
}
