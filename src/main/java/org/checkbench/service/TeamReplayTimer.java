package org.checkbench.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a team workspace's waiting changes on a timer as well as when the change feed hears the
 * server again (ADR 0127). The feed's event alone is not enough: the feed may never have noticed a
 * short outage that made an edit wait (only the main connection broke), or the replay it set off may
 * have met the server still starting; either way the changes would wait until the next outage.
 */
public final class TeamReplayTimer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TeamReplayTimer.class.getName());

    private final ScheduledExecutorService timer;
    private final Runnable sendWaiting;

    private TeamReplayTimer(ScheduledExecutorService timer, Runnable sendWaiting) {
        this.timer = timer;
        this.sendWaiting = sendWaiting;
    }

    /**
     * Sends what waits now, on the timer's thread (the feed heard the server again): never on the
     * window's worker, whose new edits would otherwise wait behind a long replay (ADR 0153).
     */
    public void replayNow() {
        try {
            timer.execute(sendWaiting);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The window is leaving the workspace: what waits is sent next time it is opened.
        }
    }

    /**
     * Every {@code every}, if changes wait, tries to send them ({@link TeamSync#replay}); when it
     * sent or settled any, {@code replayed} hears what became of them (on the timer's thread).
     */
    public static TeamReplayTimer start(TeamSync sync, Duration every, Consumer<TeamSync.Replayed> replayed) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "checkbench-team-replay");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        Runnable sendWaiting = () -> {
            try {
                if (sync.waiting() == 0) {
                    return;
                }
                TeamSync.Replayed result = sync.replay();
                if (result.count() > 0 || !result.notApplied().isEmpty()) {
                    replayed.accept(result);
                }
            } catch (RuntimeException e) {
                // The next tick tries again; a failure here must not end the timer.
                LOG.log(Level.FINE, "sending the waiting team changes failed; trying again", e);
            }
        };
        timer.scheduleWithFixedDelay(sendWaiting, millis, millis, TimeUnit.MILLISECONDS);
        return new TeamReplayTimer(timer, sendWaiting);
    }

    @Override
    public void close() {
        timer.shutdown(); // a replay under way finishes: its change leaves the journal only once sent
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
