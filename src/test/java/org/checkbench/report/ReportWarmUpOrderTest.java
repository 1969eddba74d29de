package org.checkbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

/**
 * The window's report warm-up reads the article's text only once its wait says go (the checker
 * rests, detection is done, the encoder let go; ADR 0172): read when the warm-up's thread started,
 * a copy of the text and the report's classes came on top of the detection after typing, the
 * window's peak. Its thread, not startInBackground: that runs once per process.
 */
class ReportWarmUpOrderTest {

    /** Says yes {@code times} times, then no, writing down each time it was asked. */
    private static BooleanSupplier restedFor(int times, List<String> events) {
        int[] asked = {0};
        return () -> {
            boolean rested = asked[0]++ < times;
            events.add(rested ? "rested" : "not rested");
            return rested;
        };
    }

    private static List<String> run(BooleanSupplier before, List<String> events) throws InterruptedException {
        Thread warmUp = ReportWarmUp.warmUpThread(() -> {
            events.add("text asked");
            return "The minister said 11,000.";
        }, before, () -> events.add("afterwards"));
        warmUp.start();
        warmUp.join(180_000);
        assertThat(warmUp.isAlive()).isFalse();
        return events;
    }

    @Test
    void theTextIsReadAfterTheWaitAndEachRenderWaitsAgain() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();

        run(restedFor(2, events), events);

        // Two renders, each after a yes; the third question ends it.
        assertThat(events).containsExactly("rested", "text asked", "rested", "not rested", "afterwards");
    }

    @Test
    void aWindowClosedWhileWaitingNeverReadsTheTextNorRenders() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();

        run(restedFor(0, events), events);

        assertThat(events).containsExactly("not rested", "afterwards");
    }
}
