package com.vecton.crm.bootstrap;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The {@code crm.jar} command line: {@code serve}, {@code consume-identity-events},
 * {@code migrate}, {@code list-permissions}, {@code dev}. Exit codes: 0 done, 1 failed while running, 2 misconfigured or misused.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int MISCONFIGURED = 2;

    private Main() {}

    public static void main(String[] args) {
        routeJavaUtilLoggingToSlf4j();
        // Exit explicitly: after an orderly shutdown no lingering non-daemon thread may keep the JVM up.
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(usage());
            return MISCONFIGURED;
        }
        List<String> options = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "serve" -> Commands.serve(CrmConfig.forServe(env), err);
                case "consume-identity-events" -> Commands.consumeIdentityEvents(CrmConfig.forWorker(env), err);
                case "migrate" -> Commands.migrate(CrmConfig.forDatabaseOnly(env), out);
                case "list-permissions" -> Commands.listPermissions(options, env, out, err);
                case "dev" -> Commands.dev(env, out, err);
                case "help", "--help", "-h" -> {
                    out.println(usage());
                    yield OK;
                }
                default -> {
                    err.println("crm: unknown command '" + args[0] + "'\n" + usage());
                    yield MISCONFIGURED;
                }
            };
        } catch (ConfigException | StartRefused e) {
            err.println("crm: " + e.getMessage());
            return MISCONFIGURED;
        }
    }

    /** Jersey and Grizzly log through java.util.logging; one format and one place for every line. */
    private static void routeJavaUtilLoggingToSlf4j() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private static String usage() {
        return """
                usage: java -jar crm.jar <command>
                  serve                            migrate (unless DB_MIGRATE=false), then serve HTTP until SIGTERM
                  consume-identity-events          consume identity events and relay the outbox, no HTTP (needs AMQP_URL)
                  migrate                          run the database migrations and exit
                  list-permissions [--fqn] [--json] print every permission a route requires
                  dev                              local run with sample data and a static identity""";
    }
}
