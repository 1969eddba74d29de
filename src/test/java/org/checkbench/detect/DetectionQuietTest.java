package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Whether a detection runs, as the report warm-up asks before it renders (ADR 0148). */
class DetectionQuietTest {

    private static final String TEXT = "The minister said 11,000 soldiers were sent on Tuesday. It rained. "
            + "Unemployment fell to 4.1 percent in March, the agency said.";

    @Test
    void notQuietWhileADetectionRunsQuietOnceItHasEnded() {
        Detector detector = Detector.featuresOnly();
        boolean[] quietDuring = {true};

        List<SentenceSuggestion> found = detector.detect(TEXT, detector.defaultThreshold(), 0, 0,
                new DetectionProgress() {
                    @Override
                    public void checkpoint() {
                        quietDuring[0] &= detector.quietFor(Duration.ZERO);
                    }
                });

        assertThat(found).isNotEmpty();
        assertThat(quietDuring[0]).as("quiet asked from inside the detection").isFalse();
        assertThat(detector.quietFor(Duration.ZERO)).isTrue();
        // The last detection ended just now, not an hour ago.
        assertThat(detector.quietFor(Duration.ofHours(1))).isFalse();
        assertThat(detector.lastDetectionStopped()).isFalse();
    }

    @Test
    void aDetectionThatFailsStillEndsAndLeavesNoRestBehind() {
        Detector detector = Detector.featuresOnly();
        try {
            detector.detect(TEXT, detector.defaultThreshold(), 0, 0, new DetectionProgress() {
                @Override
                public void checkpoint() {
                    throw new IllegalStateException("the disk is full");
                }
            });
        } catch (IllegalStateException expected) {
            // a detection that failed: the window reports it, nobody asks for its rest
        }

        assertThat(detector.quietFor(Duration.ZERO)).isTrue();
        assertThat(detector.lastDetectionStopped()).as("a failure is no stop").isFalse();
    }

    @Test
    void aDetectionItsCallerStopsLeavesItsRestUntilOneRunsToItsEnd() {
        Detector detector = Detector.featuresOnly();
        try {
            detector.detect(TEXT, detector.defaultThreshold(), 0, 0, new DetectionProgress() {
                @Override
                public void checkpoint() {
                    throw new java.util.concurrent.CancellationException("a save while the checker typed");
                }
            });
        } catch (java.util.concurrent.CancellationException expected) {
            // as the window stops a detection
        }

        assertThat(detector.quietFor(Duration.ZERO)).isTrue();
        assertThat(detector.lastDetectionStopped()).as("its rest is still to score").isTrue();

        detector.detect(TEXT);

        assertThat(detector.lastDetectionStopped()).as("a detection that ran to its end").isFalse();
    }

    @Test
    void aDetectionStoppedForGoodLeavesNoRestEvenAfterAStoppedOne() {
        Detector detector = Detector.featuresOnly();
        stopAtFirstCheckpoint(detector, false);
        assertThat(detector.lastDetectionStopped()).as("typing stopped it: its rest is to come").isTrue();

        stopAtFirstCheckpoint(detector, true);

        assertThat(detector.quietFor(Duration.ZERO)).isTrue();
        assertThat(detector.lastDetectionStopped()).as("the article was closed: nobody asks for its rest").isFalse();
    }

    private static void stopAtFirstCheckpoint(Detector detector, boolean forGood) {
        try {
            detector.detect(TEXT, detector.defaultThreshold(), 0, 0, new DetectionProgress() {
                @Override
                public void checkpoint() {
                    throw DetectionProgress.stop(forGood, forGood ? "the article was closed" : "the checker typed");
                }
            });
        } catch (java.util.concurrent.CancellationException expected) {
            // as the window stops a detection
        }
    }
}
