package org.checkbench.store;

/**
 * Where a workspace operation failed, which decides what the message says became of the data:
 * a failed commit lost only the change being made, a failed flush lost nothing.
 */
public enum Phase {
    /** Opening or creating: nothing in the file was changed. */
    OPEN,
    /** Reading: nothing was changed. */
    READ,
    /** A write transaction: it was rolled back, so only that change is missing. */
    WRITE,
    /** Copying the workspace to a backup file: the copy was not made, the workspace is untouched. */
    BACKUP,
    /** Syncing or closing after commits: everything committed is in the workspace (its -wal log). */
    FLUSH
}
