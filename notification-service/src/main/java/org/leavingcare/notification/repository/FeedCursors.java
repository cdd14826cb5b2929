package org.leavingcare.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Where this service has got to in each change feed it consumes ({@code feed_cursor}, one row per feed). */
@ApplicationScoped
public class FeedCursors {

    @Inject
    DataSource dataSource;

    /** The feed's cursor, its row created if new and locked until the end of the caller's transaction. */
    public long lock(Connection c, String feed) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO feed_cursor (feed) VALUES (?) ON CONFLICT (feed) DO NOTHING")) {
            insert.setString(1, feed);
            insert.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_sequence FROM feed_cursor WHERE feed = ? FOR UPDATE")) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Moves the feed's (locked) cursor to {@code sequence}. */
    public void store(Connection c, String feed, long sequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE feed_cursor SET last_sequence = ?, updated_at = now() WHERE feed = ?")) {
            ps.setLong(1, sequence);
            ps.setString(2, feed);
            ps.executeUpdate();
        }
    }

    /** The feed's cursor; 0 before its first page. */
    public long cursor(String feed) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT last_sequence FROM feed_cursor WHERE feed = ?")) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the " + feed + " cursor", e);
        }
    }
}
