package org.checkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.checkbench.model.TextHolder;

/**
 * Who may change an article's text on a team workspace: one window at a time (ADR 0150). A row in
 * {@code article_text_lock} names the holder (their database role) and this window's key; the
 * holder renews it every few seconds, and a row not renewed for {@link #EXPIRY_MILLIS} is free
 * again, so a crashed or cut-off client does not keep an article for ever. Times are the server's
 * clock, never this computer's. Only a team workspace has text locks.
 */
public final class TextLocks {

    /** A lock not renewed this long is free: a few missed renewals, not one slow one. */
    public static final long EXPIRY_MILLIS = 20_000;

    /** The server's clock in epoch milliseconds (clock_timestamp: not frozen at the transaction's start). */
    private static final String NOW = "(extract(epoch from clock_timestamp()) * 1000)::bigint";

    /** What the server needs for the locks; run at every connect, harmless when already there. */
    static final List<String> SCHEMA = List.of("""
            CREATE TABLE IF NOT EXISTS article_text_lock (
                article_id   BIGINT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                holder       TEXT NOT NULL,
                window_key   TEXT NOT NULL,
                taken_at     BIGINT NOT NULL,
                heartbeat_at BIGINT NOT NULL
            )""",
            "DROP TRIGGER IF EXISTS article_text_lock_notify ON article_text_lock",
            "CREATE TRIGGER article_text_lock_notify AFTER INSERT OR DELETE ON article_text_lock"
                    + " FOR EACH ROW EXECUTE FUNCTION checkbench_notify()",
            // Renewals change only heartbeat_at: announcing each would wake every window every few seconds.
            "DROP TRIGGER IF EXISTS article_text_lock_notify_holder ON article_text_lock",
            "CREATE TRIGGER article_text_lock_notify_holder AFTER UPDATE ON article_text_lock FOR EACH ROW"
                    + " WHEN (OLD.window_key IS DISTINCT FROM NEW.window_key) EXECUTE FUNCTION checkbench_notify()");

    private final Database db;
    /** This window's key: one person may have the article open in two windows. */
    private final String windowKey = UUID.randomUUID().toString();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();

    TextLocks(Database db) {
        this.db = db;
    }

    /**
     * Takes the article's text for this window, or renews it if this window has it. A lock held by
     * another window and renewed within {@link #EXPIRY_MILLIS} stays theirs: the answer names them.
     */
    public TextHolder take(long articleId) {
        TextHolder holder = db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO article_text_lock"
                    + " (article_id, holder, window_key, taken_at, heartbeat_at) VALUES (?, session_user, ?, " + NOW
                    + ", " + NOW + ") ON CONFLICT (article_id) DO UPDATE SET holder = excluded.holder,"
                    + " window_key = excluded.window_key, heartbeat_at = excluded.heartbeat_at,"
                    + " taken_at = CASE WHEN article_text_lock.window_key = excluded.window_key"
                    + " THEN article_text_lock.taken_at ELSE excluded.taken_at END"
                    + " WHERE article_text_lock.window_key = excluded.window_key"
                    + " OR article_text_lock.heartbeat_at < excluded.heartbeat_at - ? RETURNING holder")) {
                ps.setLong(1, articleId);
                ps.setString(2, windowKey);
                ps.setLong(3, EXPIRY_MILLIS);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return new TextHolder(rs.getString(1), true);
                    }
                }
            }
            return new TextHolder(liveHolder(connection, articleId).orElse(""), false);
        });
        if (holder.mine()) {
            held.add(articleId);
        } else {
            held.remove(articleId);
        }
        return holder;
    }

    /** Who holds the article's text now, if anyone (an expired lock is nobody's). */
    public Optional<TextHolder> holder(long articleId) {
        return db.read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT holder, window_key FROM article_text_lock"
                    + " WHERE article_id = ? AND heartbeat_at >= " + NOW + " - ?")) {
                ps.setLong(1, articleId);
                ps.setLong(2, EXPIRY_MILLIS);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new TextHolder(rs.getString(1), windowKey.equals(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    private Optional<String> liveHolder(java.sql.Connection connection, long articleId) throws java.sql.SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT holder FROM article_text_lock"
                + " WHERE article_id = ? AND heartbeat_at >= " + NOW + " - ?")) {
            ps.setLong(1, articleId);
            ps.setLong(2, EXPIRY_MILLIS);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * The heartbeat: renews every lock this window holds. Returns those it no longer holds (they
     * expired while the server could not be reached, and someone else took them meanwhile).
     */
    public Set<Long> renew() {
        Set<Long> lost = new java.util.HashSet<>();
        for (long articleId : Set.copyOf(held)) {
            int renewed = db.transaction(connection -> {
                try (PreparedStatement ps = connection.prepareStatement("UPDATE article_text_lock SET heartbeat_at = "
                        + NOW + " WHERE article_id = ? AND window_key = ?")) {
                    ps.setLong(1, articleId);
                    ps.setString(2, windowKey);
                    return ps.executeUpdate();
                }
            });
            if (renewed == 0) {
                held.remove(articleId);
                lost.add(articleId);
            }
        }
        return lost;
    }

    /** This window is done with the article's text (closed, another article, quitting). */
    public void release(long articleId) {
        held.remove(articleId);
        db.transaction(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "DELETE FROM article_text_lock WHERE article_id = ? AND window_key = ?")) {
                ps.setLong(1, articleId);
                ps.setString(2, windowKey);
                return ps.executeUpdate();
            }
        });
    }

    /** The articles whose text this window holds. */
    public Set<Long> held() {
        return Set.copyOf(held);
    }

    /**
     * Before the text is saved, in the same transaction: this window must hold the lock (it is taken
     * if free, and renewed). Someone else's live lock refuses the save, nothing written.
     */
    public void holdForSave(long articleId, String articleTitle) {
        TextHolder holder = take(articleId);
        if (!holder.mine()) {
            throw new TextHeldElsewhere(articleTitle, holder.who());
        }
    }
}
