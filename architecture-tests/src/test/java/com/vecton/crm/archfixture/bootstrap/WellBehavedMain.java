package com.vecton.crm.archfixture.bootstrap;

import com.vecton.crm.archfixture.adapter.in.messaging.WellBehavedConsumer;
import com.vecton.crm.archfixture.adapter.in.rest.WellBehavedResource;
import com.vecton.crm.archfixture.adapter.out.messaging.WellBehavedChannel;
import com.vecton.crm.archfixture.adapter.out.persistence.WellBehavedRepository;
import com.vecton.crm.archfixture.application.service.WellBehavedService;
import javax.sql.DataSource;

/** The composition root may combine every adapter and declare main. */
public final class WellBehavedMain {

    private WellBehavedMain() {}

    public static WellBehavedResource wire(DataSource dataSource) {
        WellBehavedService service = new WellBehavedService(new WellBehavedRepository(dataSource));
        new WellBehavedConsumer(new WellBehavedChannel(), service);
        return new WellBehavedResource(service);
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            throw new IllegalArgumentException("no arguments expected");
        }
    }
}
