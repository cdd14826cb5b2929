package org.leavingcare.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.leavingcare.tools.LocalPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each test run a fresh database on a real PostgreSQL server.
 *
 * <p>If {@code TEST_DB_URL} is set (e.g. {@code jdbc:postgresql://localhost:5432/}, with
 * {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}), the database is created on that server and
 * dropped afterwards. Otherwise a PostgreSQL server is started from the binaries on Maven Central,
 * once per test JVM.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres embedded;

    private String database;
    private Target target;

    @Override
    public void init(Map<String, String> initArgs) {
        String prefix = initArgs.getOrDefault("database", "suite");
        database = prefix + "_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Override
    public Map<String, String> start() {
        try {
            target = target();
            target.execute("CREATE DATABASE " + database);
        } catch (Exception e) {
            throw new IllegalStateException("could not provide a PostgreSQL database for the tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", target.serverUrl + database,
                "quarkus.datasource.username", target.user,
                "quarkus.datasource.password", target.password);
    }

    @Override
    public void stop() {
        if (target != null) {
            try {
                target.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                // the database is throw-away either way; an embedded server goes with the JVM
            }
        }
    }

    private static synchronized Target target() throws Exception {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            String serverUrl = url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
            return new Target(serverUrl,
                    envOr("TEST_DB_USER", "postgres"), envOr("TEST_DB_PASSWORD", "postgres"));
        }
        if (embedded == null) {
            embedded = LocalPostgres.start(null, 0);
            LocalPostgres server = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception e) {
                    // the JVM is going away
                }
            }, "stop-test-postgres"));
        }
        return new Target("jdbc:postgresql://localhost:" + embedded.port() + "/", embedded.user(), embedded.password());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private record Target(String serverUrl, String user, String password) {
        void execute(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                 Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
