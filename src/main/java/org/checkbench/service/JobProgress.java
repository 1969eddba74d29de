package org.checkbench.service;

import java.util.concurrent.CancellationException;

/**
 * Told how far a long file job (an export, a bundle written or imported) has got, and asked whether
 * the checker cancelled it. A job checks at each step it can stop at: an export then writes no file,
 * an import's transaction rolls back, so nothing is half done.
 */
public interface JobProgress {

    /** For the command line and tests: no progress shown, never cancelled. */
    JobProgress NONE = new JobProgress() {
        @Override
        public void update(double fraction, String stage) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * @param fraction 0.0 to 1.0, or negative while the amount is unknown
     * @param stage what is happening, for the progress window ("Writing the Word copy")
     */
    void update(double fraction, String stage);

    boolean cancelled();

    /** Stops the job here when it was cancelled (or its thread interrupted). */
    default void stopIfCancelled() {
        if (cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("Cancelled by the checker");
        }
    }
}
