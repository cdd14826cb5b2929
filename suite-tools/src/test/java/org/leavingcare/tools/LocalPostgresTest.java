package org.leavingcare.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalPostgresTest {

    @Test
    void dataInAKeptDirectorySurvivesARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        try (LocalPostgres pg = LocalPostgres.start(data, 0)) {
            pg.createDatabaseIfMissing("pathway");
            pg.createDatabaseIfMissing("pathway");
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("pathway"), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (id int)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
        }
        try (LocalPostgres pg = LocalPostgres.start(data, 0);
             Connection c = DriverManager.getConnection(pg.jdbcUrl("pathway"), pg.user(), pg.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }

    @Test
    void refusesANameThatIsNotAPlainIdentifier() {
        assertThrows(IllegalArgumentException.class, () -> LocalPostgres.requireValidName("x; DROP DATABASE y"));
    }
}
