package com.vecton.crm.archfixture.application.service;

import com.vecton.crm.archfixture.adapter.out.persistence.WellBehavedRepository;

/** Violates APPLICATION_DEPENDS_ONLY_ON_THE_JDK_AND_THE_DOMAIN: it names an adapter instead of its port. */
public final class ServiceThatKnowsTheDatabaseAdapter {

    private final WellBehavedRepository repository;

    public ServiceThatKnowsTheDatabaseAdapter(WellBehavedRepository repository) {
        this.repository = repository;
    }
}
