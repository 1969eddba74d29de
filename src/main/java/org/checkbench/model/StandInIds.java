package org.checkbench.model;

/**
 * Ids for claims and sources made while a team workspace's server could not be reached (ADR 0155):
 * they lie far below every id a server gives and below the windows' own "nothing shown" markers (0
 * and -1). Each is numbered from its row in the offline journal, so two never share one, not even
 * across quitting (the journal never reuses a row number).
 */
public final class StandInIds {

    private static final long BASE = -(1L << 40);

    private StandInIds() {
    }

    /** The stand-in id of what journal row {@code sequence} creates. */
    public static long forJournalRow(long sequence) {
        return BASE - sequence;
    }

    /** Whether {@code id} is a stand-in, not (yet) a server's id. */
    public static boolean isStandIn(long id) {
        return id <= BASE;
    }
}
