package org.checkbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.checkbench.model.TeamChange;
import org.checkbench.model.TeamChangeListener;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hears every change made on a team workspace's server (LISTEN/NOTIFY, ADR 0123) on a connection
 * and a thread of its own, and says at once when the server stops answering. Changes come in
 * batches, in commit order, on the feed's thread; the caller moves them where they belong.
 */
public final class TeamChangeFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TeamChangeFeed.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long one wait for notifications lasts; a change is delivered as soon as it arrives. */
    private static final int WAIT_MILLIS = 250;
    /** A silent network (no reset, no answer) is noticed by a ping this often. */
    private static final long PING_EVERY_MILLIS = 1_000;
    private static final long RETRY_MILLIS = 1_000;
    /** A ping not answered within this counts as the server gone (a busy server answers far sooner). */
    private static final int PING_TIMEOUT_MILLIS = 3_000;

    private final Supplier<Connection> connector;
    private final TeamChangeListener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    TeamChangeFeed(Supplier<Connection> connector, TeamChangeListener listener) {
        this.connector = connector;
        this.listener = listener;
        this.thread = new Thread(this::run, "checkbench-team-changes");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        Boolean lastReachable = null;
        while (!closed) {
            try (Connection listening = connector.get()) {
                connection = listening;
                // The ping must fail, not wait, when the network goes silent: that is how it is noticed.
                listening.setNetworkTimeout(Runnable::run, PING_TIMEOUT_MILLIS);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PgSchema.CHANNEL);
                }
                if (!Boolean.TRUE.equals(lastReachable)) {
                    lastReachable = true;
                    listener.reachable(true);
                }
                listen(listening);
            } catch (RuntimeException | SQLException e) {
                if (closed) {
                    return;
                }
                if (!Boolean.FALSE.equals(lastReachable)) {
                    lastReachable = false;
                    LOG.log(Level.INFO, "team workspace server stopped answering", e);
                    listener.reachable(false);
                }
                sleepQuietly(RETRY_MILLIS);
            }
        }
    }

    private void listen(Connection listening) throws SQLException {
        PGConnection pg = listening.unwrap(PGConnection.class);
        long lastPing = System.nanoTime();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                List<TeamChange> changes = new ArrayList<>(notifications.length);
                for (PGNotification notification : notifications) {
                    changes.add(parse(notification.getParameter()));
                }
                listener.changed(changes);
            }
            if (System.nanoTime() - lastPing > PING_EVERY_MILLIS * 1_000_000) {
                try (Statement ping = listening.createStatement()) {
                    ping.execute("SELECT 1");
                }
                lastPing = System.nanoTime();
            }
        }
    }

    static TeamChange parse(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return new TeamChange(node.path("table").asText(""), node.path("op").asText(""), node.path("id").asLong(0),
                    node.path("article").asLong(0), node.path("by").asText(""), node.path("at").asLong(0));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable change notice: " + payload, e);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException ignored) {
                // Closing only.
            }
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
