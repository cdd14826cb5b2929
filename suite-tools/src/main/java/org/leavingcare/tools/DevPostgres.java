package org.leavingcare.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a PostgreSQL server for the suite until the process is stopped: {@code bin/suite up} starts it
 * when no DB_URL is given. The cluster lives in {@code --data-dir} and survives restarts; each
 * database named by {@code --databases} is created if it is missing.
 *
 * <p>Prints {@code READY <port>} on standard output once every database exists.
 */
public final class DevPostgres {

    private DevPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(".suite/pgdata");
        int port = 54320;
        List<String> databases = new ArrayList<>(List.of("pathway", "leaver", "notification"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--databases" -> databases = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]
                        + " (expected --data-dir DIR, --port N, --databases a,b,c)");
            }
        }
        LocalPostgres pg = LocalPostgres.start(dataDir, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "stop-postgres"));
        for (String db : databases) {
            pg.createDatabaseIfMissing(db.trim());
        }
        System.out.println("READY " + pg.port());
        System.out.flush();
        stopped.await();
    }
}
