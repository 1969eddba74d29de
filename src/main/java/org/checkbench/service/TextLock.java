package org.checkbench.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.checkbench.model.TextHolder;
import org.checkbench.store.TextLocks;

/**
 * One editor at a time for an article's text on a team workspace (ADR 0150). The window takes the
 * lock when its checker starts typing (a save takes it too, and is refused while someone else
 * holds it); a thread of its own renews what this window holds every {@link #RENEW_EVERY_MILLIS},
 * so the lock of a window that crashed or lost its network expires within
 * {@link TextLocks#EXPIRY_MILLIS}. Closing gives back every lock held.
 */
public final class TextLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TextLock.class.getName());
    static final long RENEW_EVERY_MILLIS = 5_000;

    private final TextLocks locks;
    private final ScheduledExecutorService heartbeat;
    private final List<LongConsumer> lostListeners = new CopyOnWriteArrayList<>();

    TextLock(TextLocks locks) {
        this.locks = locks;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkbench-text-lock");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::renew, RENEW_EVERY_MILLIS, RENEW_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Takes the article's text for this window, or names who has it. */
    public TextHolder take(long articleId) {
        return locks.take(articleId);
    }

    /** Who holds the article's text now; empty when nobody does (or their lock expired). */
    public Optional<TextHolder> holder(long articleId) {
        return locks.holder(articleId);
    }

    /** This window is done with the article's text: the next to type takes it. */
    public void release(long articleId) {
        locks.release(articleId);
    }

    /** True while this window holds the article's text (as far as it knows). */
    public boolean holds(long articleId) {
        return locks.held().contains(articleId);
    }

    /**
     * Who hears that a lock this window held was taken by someone else (it expired while the server
     * could not be reached); called on the heartbeat's thread with the article's id.
     */
    public void onLost(LongConsumer listener) {
        lostListeners.add(listener);
    }

    /** One heartbeat (package-private: tests beat by hand after {@link #halt()}). */
    void renew() {
        try {
            for (long lost : locks.renew()) {
                lostListeners.forEach(l -> l.accept(lost));
            }
        } catch (RuntimeException e) {
            // The server is away: the next beat tries again; the change feed tells the window.
            LOG.log(Level.FINE, "text lock not renewed", e);
        }
    }

    /** What a crash leaves behind: the heartbeat stops, the locks stay on the server until they expire. */
    void halt() {
        heartbeat.shutdownNow();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        for (long articleId : locks.held()) {
            try {
                locks.release(articleId);
            } catch (RuntimeException e) {
                // Unreachable or closed: the lock expires on its own.
                LOG.log(Level.FINE, "text lock not given back", e);
            }
        }
    }
}
