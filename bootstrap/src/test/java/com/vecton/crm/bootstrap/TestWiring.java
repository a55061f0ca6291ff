package com.vecton.crm.bootstrap;

import com.vecton.crm.application.port.out.IdentityDirectory;
import java.util.Map;
import javax.sql.DataSource;

/** Lets end-to-end tests in other packages wire exactly as {@code serve} does. */
public final class TestWiring {
    private TestWiring() {
    }

    public static IdentityDirectory identity(CrmConfig config) {
        return IdentityWiring.directory(config);
    }

    public static DataSource dataSource(CrmApplication app) {
        return app.persistence().dataSource();
    }

    /** {@code consume-identity-events} with these settings, until {@code untilStopped} returns; its exit code. */
    public static int runWorker(Map<String, String> env, Runnable untilStopped) {
        return Commands.runWorker(CrmConfig.forWorker(env), untilStopped);
    }
}
