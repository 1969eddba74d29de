package org.checkbench.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import org.checkbench.detect.Detector;
import org.checkbench.store.Workspace;

/**
 * What every use case needs: the open workspace, a clock, who is working and claim detection.
 *
 * @param checkerName asked at every write, so a name changed in the preferences applies at once
 */
record ServiceContext(Workspace workspace, Clock clock, Supplier<String> checkerName, Detector detector) {

    /** Now, to the millisecond the database keeps, so what is stored equals what was returned. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The name recorded with every verdict and history row; never blank. */
    String checker() {
        String name = checkerName.get();
        return name == null || name.isBlank() ? WorkspaceService.defaultCheckerName() : name.strip();
    }
}
