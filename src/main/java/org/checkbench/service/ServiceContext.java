package org.checkbench.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.checkbench.detect.Detector;
import org.checkbench.store.Workspace;

/** What every use case needs: the open workspace, a clock, who is working and claim detection. */
record ServiceContext(Workspace workspace, Clock clock, String checker, Detector detector) {

    /** Now, to the millisecond the database keeps, so what is stored equals what was returned. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
