package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's report warm-up reads the article's text only once the checker rests and detection
 * is done (ADR 0172): reading it when the warm-up's thread starts put a copy of the text and the
 * report's classes on top of the detection after typing, the window's peak.
 */
class ReportWarmUpOrderTest {

    @TempDir
    Path folder;

    /** Runs the warm-up in step on this thread, as ReportWarmUp's thread does, with two renders. */
    private static WorkspaceService.WarmUpStarter inStep(List<String> events) {
        return (text, before, afterwards) -> {
            events.add("text read (" + text.get().length() + " chars)");
            for (int i = 0; i < 2 && before.getAsBoolean(); i++) {
                events.add("render");
            }
            afterwards.run();
        };
    }

    @Test
    void theTextIsReadAfterTheCheckerRestsAndEachRenderWaitsForTheNextRest() {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        List<String> events = new ArrayList<>();

        service.warmUpReportInBackground(() -> {
            events.add("text asked");
            return "The minister said 11,000.";
        }, () -> events.add("rested"), () -> false, inStep(events));

        assertThat(events).containsExactly("rested", "text asked", "text read (25 chars)", "render",
                "rested", "render", "rested");
    }

    @Test
    void aWindowClosedWhileWaitingNeverReadsTheTextNorRenders() {
        WorkspaceService service = new WorkspaceService(new AppDirectories(folder), Clock.systemUTC(), "me");
        List<String> events = new ArrayList<>();

        service.warmUpReportInBackground(() -> {
            events.add("text asked");
            return "The minister said 11,000.";
        }, () -> false, () -> true, inStep(events));

        assertThat(events).containsExactly("text read (0 chars)");
    }
}
