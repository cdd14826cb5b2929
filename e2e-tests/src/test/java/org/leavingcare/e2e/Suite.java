package org.leavingcare.e2e;

import org.leavingcare.tools.Jwts;
import org.leavingcare.tools.LocalPostgres;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite, as a user runs it: a real PostgreSQL with one database per service and the three
 * packaged services ({@code target/quarkus-app/quarkus-run.jar}) as separate processes on free ports,
 * configured only through the environment variables a deployment uses. Nothing is built here: the
 * services must have been packaged (the aggregator runs this module after them).
 */
public final class Suite implements AutoCloseable {

    public static final String ISSUER = "https://local.leavingcare.invalid";
    public static final List<String> SERVICES = List.of("pathway", "leaver", "notification");

    private final Path root;
    private final Path logs;
    private final Path keys;
    private final LocalPostgres postgres;
    private final PrivateKey signingKey;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, String> extraEnvironment = new HashMap<>();
    private LocalDate today;

    private Suite(Path root, Path logs, LocalDate today) throws IOException, GeneralSecurityException, java.sql.SQLException {
        this.root = root;
        this.logs = logs;
        this.today = today;
        Files.createDirectories(logs);
        this.keys = Files.createTempDirectory("suite-keys");
        Jwts.generateKeyPairIfMissing(keys);
        this.signingKey = Jwts.readPrivateKey(Files.readString(keys.resolve("privateKey.pem")));
        this.postgres = LocalPostgres.start(null, 0);
        for (String service : SERVICES) {
            postgres.createDatabaseIfMissing(service);
            ports.put(service, freePort());
        }
    }

    /** Starts PostgreSQL and the three services with the clock fixed at {@code today}. */
    public static Suite start(LocalDate today, Map<String, String> environment) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path logs = Path.of(System.getProperty("suite.logs", "target/e2e-logs")).toAbsolutePath();
        Suite suite = new Suite(root, logs, today);
        suite.extraEnvironment.putAll(environment);
        try {
            for (String service : SERVICES) {
                suite.startService(service);
            }
            for (String service : SERVICES) {
                suite.awaitHealthy(service);
            }
        } catch (Exception e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    public String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    public LocalDate today() {
        return today;
    }

    /** A bearer token signed with the suite's key (the role in {@code groups}). */
    public String bearer(String role, String subject, String... teams) {
        try {
            return "Bearer " + Jwts.token(signingKey, ISSUER, subject, List.of(role), List.of(teams), Duration.ofHours(1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts (or starts again) one service as its packaged jar. */
    public void startService(String service) throws IOException {
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString());
        builder.directory(root.resolve(service + "-service").toFile());
        Map<String, String> env = builder.environment();
        env.put("HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("DB_URL", postgres.jdbcUrl(service));
        env.put("DB_USER", postgres.user());
        env.put("DB_PASSWORD", postgres.password());
        env.put("JWT_PUBLIC_KEY_LOCATION", keys.resolve("publicKey.pem").toString());
        env.put("JWT_ISSUER", ISSUER);
        env.put("SERVICE_SIGNING_KEY_LOCATION", keys.resolve("privateKey.pem").toString());
        env.put("SERVICE_AUTH_ISSUER", ISSUER);
        env.put("PATHWAY_URL", url("pathway"));
        env.put("LEAVER_URL", url("leaver"));
        env.put("SUITE_CLOCK_FIXED_DATE", today.toString());
        env.put("FEED_POLL_INTERVAL", "1s");
        env.putAll(extraEnvironment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        processes.put(service, builder.start());
    }

    /** Stops one service the way an orchestrator does (SIGTERM, then wait). */
    public void stopService(String service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Time passes: restarts the service with its clock at a later date. */
    public void moveClockTo(LocalDate date, String... services) throws Exception {
        this.today = date;
        for (String service : services) {
            stopService(service);
            startService(service);
        }
        for (String service : services) {
            awaitHealthy(service);
        }
    }

    public void awaitHealthy(String service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service + "-service exited with " + process.exitValue()
                        + "; see " + logs.resolve(service + ".log"));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url(service) + "/q/health/ready").toURL().openConnection();
                c.setConnectTimeout(500);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + "-service was not healthy within 90 s; see " + logs.resolve(service + ".log"));
    }

    public Path logs() {
        return logs;
    }

    @Override
    public void close() throws Exception {
        for (String service : List.copyOf(processes.keySet())) {
            stopService(service);
        }
        postgres.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
