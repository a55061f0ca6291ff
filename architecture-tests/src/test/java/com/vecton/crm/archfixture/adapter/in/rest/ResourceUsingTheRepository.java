package com.vecton.crm.archfixture.adapter.in.rest;

import com.vecton.crm.archfixture.adapter.out.persistence.WellBehavedRepository;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContact;
import com.vecton.crm.archfixture.domain.contact.WellBehavedContactId;
import java.util.Optional;

/** Violates ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER (and so ONLY_BOOTSTRAP_COMBINES_ADAPTERS): rest reaches into persistence. */
public final class ResourceUsingTheRepository {

    private final WellBehavedRepository repository;

    public ResourceUsingTheRepository(WellBehavedRepository repository) {
        this.repository = repository;
    }

    public Optional<WellBehavedContact> show(WellBehavedContactId id) {
        return repository.findById(id);
    }
}
