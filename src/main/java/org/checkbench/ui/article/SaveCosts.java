package org.checkbench.ui.article;

import java.util.concurrent.atomic.AtomicLong;

/** What saving while typing costs, printed by the editor benchmark (issue 17). */
public final class SaveCosts {
    public long saves;
    public long fxNanos;
    /** Added to by the worker while the FX thread reads the others. */
    public final AtomicLong workerNanos = new AtomicLong();
    public long journalAppends;
    public long journalNanos;
    /** The longest a keystroke waited between the editor taking it and its save being in the workspace. */
    public final AtomicLong longestUnsavedNanos = new AtomicLong();
}
