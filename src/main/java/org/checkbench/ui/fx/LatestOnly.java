package org.checkbench.ui.fx;

/**
 * A group of requests where only the latest answer counts (a search as the checker types, the
 * details of the selected entry, detection after each save): answers to earlier requests that
 * arrive later are dropped. Used on the FX thread only; see {@link BackgroundTask#onlyLatestOf}.
 */
public final class LatestOnly {

    private long latest;

    /** Something changed that makes every answer asked for so far out of date (e.g. the text was edited). */
    public void outdate() {
        latest++;
    }

    long ask() {
        return ++latest;
    }

    boolean isLatest(long ticket) {
        return ticket == latest;
    }
}
