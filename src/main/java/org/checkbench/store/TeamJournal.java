package org.checkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.checkbench.io.IoErrors;
import org.sqlite.SQLiteConfig;

/**
 * The changes made to a team workspace while its server could not be reached, in the order they
 * were made, in a small SQLite file on this computer (ADR 0125). Each change is committed to the
 * file (synchronous FULL) before the window says it is waiting, so quitting, a crash or a power cut
 * keeps it; it leaves the journal only once the server has it.
 */
public final class TeamJournal implements AutoCloseable {

    /** One change waiting for the server: what to do, as the service wrote it down. */
    public record Entry(long sequence, String kind, String payload) {
    }

    private final Path file;
    private final Connection connection;

    private TeamJournal(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static TeamJournal open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw WorkspaceException.ioError(file, IoErrors.describe(e), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // Every queued change must survive a power cut the moment the window says it is kept.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + file);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS pending (sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " kind TEXT NOT NULL, payload TEXT NOT NULL, made_at INTEGER NOT NULL)");
                // The server's id for each stand-in sent, so later rows naming the stand-in reach the right row.
                statement.execute("CREATE TABLE IF NOT EXISTS stand_in (stand_in INTEGER PRIMARY KEY, real_id INTEGER NOT NULL)");
                // Nothing waits: no window of this session shows a stand-in yet, and old ones name nothing.
                statement.execute("DELETE FROM stand_in WHERE NOT EXISTS (SELECT 1 FROM pending)");
            }
            return new TeamJournal(file, connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.OPEN);
        }
    }

    public Path file() {
        return file;
    }

    /** Keeps a change for later; returns its place in the order. */
    public synchronized long append(String kind, String payload) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO pending (kind, payload, made_at) VALUES (?, ?, ?)")) {
            ps.setString(1, kind);
            ps.setString(2, payload);
            ps.setLong(3, System.currentTimeMillis());
            ps.executeUpdate();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.WRITE);
        }
    }

    /** The server gave stand-in {@code standIn} the id {@code realId} (in the same breath as the row leaves). */
    public synchronized void mapStandIn(long standIn, long realId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR REPLACE INTO stand_in (stand_in, real_id) VALUES (?, ?)")) {
            ps.setLong(1, standIn);
            ps.setLong(2, realId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.WRITE);
        }
    }

    /** The server's id for {@code id} if it is a stand-in already sent; else {@code id} itself. */
    public synchronized long realId(long id) {
        if (!org.checkbench.model.StandInIds.isStandIn(id)) {
            return id;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT real_id FROM stand_in WHERE stand_in = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : id;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.READ);
        }
    }

    /** Every waiting change, oldest first. */
    public synchronized List<Entry> pending() {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT sequence, kind, payload FROM pending ORDER BY sequence")) {
            List<Entry> entries = new ArrayList<>();
            while (rs.next()) {
                entries.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return entries;
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.READ);
        }
    }

    public synchronized int size() {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM pending")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.READ);
        }
    }

    /** The oldest waiting change, if any: the next to send. */
    public synchronized java.util.Optional<Entry> first() {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT sequence, kind, payload FROM pending ORDER BY sequence LIMIT 1")) {
            return rs.next() ? java.util.Optional.of(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3)))
                    : java.util.Optional.empty();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.READ);
        }
    }

    /**
     * Takes back a change still waiting (its undo, made before the server had it); false when it has
     * left the journal already.
     */
    public synchronized boolean withdraw(long sequence) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM pending WHERE sequence = ?")) {
            ps.setLong(1, sequence);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.WRITE);
        }
    }

    /** The server has the change: it leaves the journal. */
    public synchronized void sent(long sequence) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM pending WHERE sequence = ?")) {
            ps.setLong(1, sequence);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.WRITE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(file, e, Phase.FLUSH);
        }
    }
}
