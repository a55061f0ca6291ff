package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.communication.CommunicationLogUseCases;
import com.vecton.crm.adapter.in.rest.portal.PortalAccountUseCases;
import com.vecton.crm.adapter.in.rest.portal.PortalUseCases;

/**
 * Communication log, portal account and customer portal use cases for the in-memory API of these
 * tests: the routes are registered and gated here, while their behaviour is tested end to end in
 * bootstrap (CommunicationLogsEndToEndTest, CustomerPortalEndToEndTest).
 */
public final class UntestedCommunicationLogs {
    private UntestedCommunicationLogs() {}

    public static CommunicationLogUseCases useCases() {
        return new CommunicationLogUseCases(
                (actor, details) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                },
                (who, company, page) -> {
                    throw untested();
                });
    }

    public static PortalAccountUseCases portalAccounts() {
        return new PortalAccountUseCases(
                (actor, details) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                });
    }

    public static PortalUseCases portal() {
        return new PortalUseCases(
                who -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("communication logs and the portal are tested end to end");
    }
}
