package org.checkbench.ui.article;

import java.util.concurrent.atomic.AtomicLong;

/** What saving while typing costs, printed by the editor benchmark (issue 17). */
public final class SaveCosts {
    public long saves;
    public long fxNanos;
    /** Of {@link #fxNanos}: copying the text, and starting detection on it (issue 18: where a save's FX time goes). */
    public long textNanos;
    public long detectionStartNanos;
    /** Added to by the worker while the FX thread reads the others. */
    public final AtomicLong workerNanos = new AtomicLong();
    public long journalAppends;
    public long journalNanos;
    /** The longest a keystroke waited between the editor taking it and its save being in the workspace. */
    public final AtomicLong longestUnsavedNanos = new AtomicLong();
}
