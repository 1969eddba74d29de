package org.checkbench.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link JobProgress} that records every stage and says "cancelled" once asked to after some updates. */
final class RecordedProgress implements JobProgress {

    final List<String> stages = new CopyOnWriteArrayList<>();
    final List<Double> fractions = new CopyOnWriteArrayList<>();
    private final int cancelAfterUpdates;

    private RecordedProgress(int cancelAfterUpdates) {
        this.cancelAfterUpdates = cancelAfterUpdates;
    }

    static RecordedProgress neverCancelled() {
        return new RecordedProgress(Integer.MAX_VALUE);
    }

    /** The checker presses Cancel once the job has reported this many times. */
    static RecordedProgress cancelledAfter(int updates) {
        return new RecordedProgress(updates);
    }

    @Override
    public void update(double fraction, String stage) {
        fractions.add(fraction);
        stages.add(stage);
    }

    @Override
    public boolean cancelled() {
        return stages.size() >= cancelAfterUpdates;
    }
}
