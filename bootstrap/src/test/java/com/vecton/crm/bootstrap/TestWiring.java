package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.in.rest.RestUseCases;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.application.port.out.Transactions;
import java.util.Map;
import javax.sql.DataSource;

/** Lets end-to-end tests in other packages wire exactly as {@code serve} does. */
public final class TestWiring {
    private TestWiring() {}

    public static IdentityDirectory identity(CrmConfig config) {
        return IdentityWiring.directory(config);
    }

    public static DataSource dataSource(CrmApplication app) {
        return app.persistence().dataSource();
    }

    /** The in-ports the running API drives, for a test that calls one beside HTTP (to hold its transaction open). */
    public static RestUseCases useCases(CrmApplication app) {
        return app.useCases();
    }

    /** The transactions of the running application, which its use cases join. */
    public static Transactions transactions(CrmApplication app) {
        return app.persistence().transactions();
    }

    /** {@code consume-identity-events} with these settings, until {@code untilStopped} returns; its exit code. */
    public static int runWorker(Map<String, String> env, Runnable untilStopped) {
        return Commands.runWorker(CrmConfig.forWorker(env), untilStopped);
    }

    /** The blob cleanup as every replica runs it, on this application's database and this file store. */
    public static com.vecton.crm.application.service.file.CleanUpBlobsService blobCleanup(
            CrmApplication app, java.nio.file.Path filesDir) {
        return new com.vecton.crm.application.service.file.CleanUpBlobsService(
                app.persistence().transactions(),
                app.persistence().blobIndex(),
                new com.vecton.crm.adapter.out.files.LocalBlobStore(filesDir),
                com.vecton.crm.application.port.out.Clock.system());
    }

    /** The record of stored contents and their locks, for a test that holds a content's lock. */
    public static com.vecton.crm.application.port.out.BlobIndex blobIndex(CrmApplication app) {
        return app.persistence().blobIndex();
    }
}
