package com.vecton.crm.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar crm.jar dev} as a newcomer runs it, embedded Postgres under {@code ./data}
 * included: the usual mistakes (a second {@code dev} in the same directory, a port another process
 * holds) end in one line on stderr saying what to do, with exit code 2, not in a stack trace.
 */
class DevProcessIT {
    private static final Path JAR = Path.of("target", "crm.jar").toAbsolutePath();
    /** A first run extracts Postgres, runs initdb, migrates and loads the sample data: seconds on an idle machine. */
    private static final Duration START = Duration.ofSeconds(180);

    private record Ended(int code, String stdout, List<String> stderr) {}

    @Test
    void a_second_dev_in_the_same_directory_says_so_in_one_line_and_exits_2(@TempDir Path directory) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after `mvn package`: " + JAR);
        Process first = dev(directory, freePort(), "first");
        try {
            awaitWelcome(first, directory.resolve("first.out"));

            var second = runToEnd(dev(directory, freePort(), "second"), directory, "second");

            assertEquals(2, second.code(), second.toString());
            assertEquals(1, second.stderr().size(), second.toString());
            assertTrue(
                    second.stderr()
                            .getFirst()
                            .startsWith("crm: dev: another crm dev is already running in this" + " directory (it holds "
                                    + directory.toRealPath().resolve("data/pg")),
                    second.toString());
            assertTrue(
                    second.stderr().getFirst().contains("stop that one first")
                            && second.stderr().getFirst().contains("PORT="),
                    second.toString());
        } finally {
            first.destroy(); // SIGTERM, as Ctrl-C would
            assertTrue(first.waitFor(60, TimeUnit.SECONDS), "the first dev stops");
            first.destroyForcibly();
        }
        assertEquals(0, first.exitValue(), Files.readString(directory.resolve("first.out")));
    }

    @Test
    void dev_on_a_port_another_process_holds_says_which_in_one_line_exits_2_and_stops_its_postgres(
            @TempDir Path directory) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after `mvn package`: " + JAR);
        try (var taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            var ended = runToEnd(dev(directory, port, "dev"), directory, "dev");

            assertEquals(2, ended.code(), ended.toString());
            assertEquals(
                    List.of("crm: PORT: 127.0.0.1:" + port + " is already in use by another process; stop that"
                            + " process, or set PORT to a free port (PORT=" + (port + 1) + ", say; PORT=0 picks one)"),
                    ended.stderr(),
                    ended.toString());
            assertFalse(Files.exists(directory.resolve("data/pg/postmaster.pid")), "its embedded Postgres has stopped");
        }
    }

    private static Process dev(Path directory, int port, String name) throws IOException {
        var builder = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "dev")
                .directory(directory.toFile())
                .redirectOutput(directory.resolve(name + ".out").toFile())
                .redirectError(directory.resolve(name + ".err").toFile());
        var env = builder.environment();
        for (String inherited : List.of(
                "DATABASE_URL",
                "DB_USER",
                "DB_PASSWORD",
                "IDENTITY_URL",
                "IDENTITY_FILE",
                "AMQP_URL",
                "HOST",
                "TENANT_ID",
                "TENANT_NAME")) {
            env.remove(inherited);
        }
        env.put("PORT", Integer.toString(port));
        return builder.start();
    }

    private static Ended runToEnd(Process process, Path directory, String name) throws Exception {
        if (!process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not end: " + Files.readString(directory.resolve(name + ".out")));
        }
        return new Ended(
                process.exitValue(),
                Files.readString(directory.resolve(name + ".out")),
                Files.readAllLines(directory.resolve(name + ".err")));
    }

    private static void awaitWelcome(Process dev, Path out) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.readString(out).contains("Ctrl-C stops the server.")) {
            if (!dev.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("dev did not come up: " + Files.readString(out));
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }
}
