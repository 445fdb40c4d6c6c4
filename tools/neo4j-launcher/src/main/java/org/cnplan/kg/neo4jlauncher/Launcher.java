package org.cnplan.kg.neo4jlauncher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Starts an embedded Neo4j Community DBMS (5.26 LTS) with a Bolt connector and
 * nothing else, for tests and local development.
 *
 * <pre>
 * java -Xmx1g --add-opens=... -cp 'target/classes:target/lib/*' \
 *     org.cnplan.kg.neo4jlauncher.Launcher [--home DIR] [--port N] [--host ADDR]
 *     [--pagecache SIZE] [--config FILE]
 * </pre>
 *
 * Defaults come from the environment: NEO4J_LAUNCHER_HOME (else ./neo4j-home),
 * NEO4J_PORT (else 7687), NEO4J_HOST (else 127.0.0.1), NEO4J_PAGECACHE (else 512m),
 * NEO4J_LAUNCHER_CONF (else none). The optional config file is neo4j.conf syntax and
 * is applied before the launcher's own settings, which win.
 *
 * When the default database answers, one line goes to stdout:
 * {@code NEO4J READY bolt://HOST:PORT}. Neo4j's own log goes to stderr and to
 * HOME/logs/debug.log. SIGTERM (or SIGINT) shuts the DBMS down cleanly through a
 * shutdown hook, which prints {@code NEO4J STOPPED}. Exit status 2 is a usage error,
 * 1 a failed start.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

        String home = env("NEO4J_LAUNCHER_HOME", "neo4j-home");
        String host = env("NEO4J_HOST", "127.0.0.1");
        String portText = env("NEO4J_PORT", "7687");
        String pageCacheText = env("NEO4J_PAGECACHE", "512m");
        String config = env("NEO4J_LAUNCHER_CONF", "");

        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "-h", "--help" -> {
                    out.println("usage: Launcher [--home DIR] [--port N] [--host ADDR] [--pagecache SIZE] [--config FILE]");
                    System.exit(0);
                }
                case "--home", "--port", "--host", "--pagecache", "--config" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            usage(err, "missing value for " + a);
                        }
                        value = args[++i];
                    }
                    switch (a) {
                        case "--home" -> home = value;
                        case "--port" -> portText = value;
                        case "--host" -> host = value;
                        case "--pagecache" -> pageCacheText = value;
                        default -> config = value;
                    }
                }
                default -> {
                    // A bare number is the port, for convenience: Launcher 7688
                    if (a.matches("\\d+")) {
                        portText = a;
                    } else {
                        usage(err, "unknown argument " + args[i]);
                    }
                }
            }
        }

        int port;
        long pageCache;
        try {
            port = Integer.parseInt(portText.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException("out of range");
            }
        } catch (NumberFormatException e) {
            usage(err, "bad port " + portText);
            return;
        }
        try {
            pageCache = parseBytes(pageCacheText);
        } catch (IllegalArgumentException e) {
            usage(err, "bad page cache size " + pageCacheText + " (want e.g. 512m, 1g)");
            return;
        }

        Path homePath = Path.of(home).toAbsolutePath().normalize();
        try {
            Files.createDirectories(homePath);
        } catch (IOException e) {
            err.println("NEO4J FAILED cannot create home " + homePath + ": " + e);
            System.exit(1);
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(homePath);
        if (!config.isEmpty()) {
            builder.loadPropertiesFromFile(Path.of(config));
        }
        builder
                // Neo4j's user log (what neo4j.log would hold) to stderr; debug.log stays in HOME/logs.
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // On shutdown Bolt stops last, after both databases have checkpointed and
                // closed, and waits 5 s for each of its two event loop groups by default.
                // Waiting 1 s instead logs a harmless "Termination of ... event loop group
                // has exceeded maximum permitted duration" WARN and saves ~8 s per stop.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false) // dbms.usage_report.enabled
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache) // server.memory.pagecache.size
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false) // db.tx_log.preallocate
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none") // db.tx_log.rotation.retention_policy
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L << 20); // db.tx_log.rotation.size

        long t0 = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (Throwable t) {
            err.println("NEO4J FAILED " + t);
            t.printStackTrace(err);
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean down = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (down.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                    out.println("NEO4J STOPPED");
                } catch (Throwable t) {
                    err.println("NEO4J shutdown failed: " + t);
                } finally {
                    stopped.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-launcher-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("database " + db.databaseName() + " not available");
            }
            db.executeTransactionally("RETURN 1");
        } catch (Throwable t) {
            err.println("NEO4J FAILED " + t);
            t.printStackTrace(err);
            shutdown.run();
            System.exit(1);
        }

        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        err.printf(Locale.ROOT, "neo4j-launcher: started in %d ms, home %s, page cache %d MiB%n",
                ms, homePath, pageCache >> 20);
        String uriHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("NEO4J READY bolt://" + uriHost + ":" + port);

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static void usage(PrintStream err, String msg) {
        err.println("neo4j-launcher: " + msg);
        err.println("usage: Launcher [--home DIR] [--port N] [--host ADDR] [--pagecache SIZE] [--config FILE]");
        System.exit(2);
    }

    /** Parses sizes such as 512m, 1g, 1.5G, 65536 (bytes); at least 8 MiB. */
    static long parseBytes(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("ib")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = 1;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> unit = 1;
            }
            if (unit != 1) {
                s = s.substring(0, s.length() - 1).trim();
            }
        }
        double n = Double.parseDouble(s);
        long bytes = (long) (n * unit);
        if (bytes < (8L << 20)) {
            throw new IllegalArgumentException("too small");
        }
        return bytes;
    }
}
