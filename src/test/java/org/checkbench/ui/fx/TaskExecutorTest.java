package org.checkbench.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.checkbench.ui.AppHarness.onFx;
import static org.checkbench.ui.AppHarness.waitUntil;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The one way the UI runs work off the FX thread: answers, failures, "only the latest counts", cancel, progress. */
class TaskExecutorTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final FxTaskExecutor tasks = new FxTaskExecutor();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void theSameThreadExecutorAnswersAtOnceAndNamesTheTaskInAFailure() {
        SameThreadTaskExecutor now = new SameThreadTaskExecutor();
        now.setDefaultFailureHandler((title, failure) -> events.add(title + ": " + failure.getMessage()));

        now.execute(BackgroundTask.of("Count the claims", () -> 3).onSuccess(n -> events.add("got " + n)));
        now.execute(BackgroundTask.of("Open the workspace", () -> {
            throw new IOException("disk gone");
        }));

        assertThat(events).containsExactly("got 3", "Open the workspace: disk gone");
    }

    @Test
    void answersArriveOnTheFxThreadAndFailuresGoToTheirHandler() throws Exception {
        AtomicBoolean onFxThread = new AtomicBoolean();
        onFx(() -> {
            tasks.execute(BackgroundTask.of("Read", () -> "text").onSuccess(text -> {
                onFxThread.set(javafx.application.Platform.isFxApplicationThread());
                events.add(text);
            }));
            tasks.run("Write", () -> {
                throw new IllegalStateException("locked");
            }, ok -> events.add("wrote"), failure -> events.add("failed: " + failure.getMessage()));
        });

        waitUntil(() -> events.size() == 2);
        assertThat(events).containsExactly("text", "failed: locked");
        assertThat(onFxThread).isTrue();
    }

    @Test
    void onlyTheLatestAnswerOfAGroupCounts() throws Exception {
        LatestOnly searches = new LatestOnly();
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        onFx(() -> {
            tasks.execute(BackgroundTask.of("Search", () -> {
                firstMayFinish.await(10, TimeUnit.SECONDS);
                return "old query";
            }).onlyLatestOf(searches).onSuccess(events::add));
            tasks.execute(BackgroundTask.of("Search", () -> "new query").onlyLatestOf(searches).onSuccess(events::add));
        });
        firstMayFinish.countDown();
        waitUntil(() -> events.contains("new query"));
        onFx(() -> tasks.execute(BackgroundTask.of("Flush", () -> "flushed").onSuccess(events::add)));
        waitUntil(() -> events.contains("flushed"));

        assertThat(events).containsExactly("new query", "flushed");
    }

    @Test
    void anEditOutdatesAnAnswerStillOnItsWay() throws Exception {
        LatestOnly detections = new LatestOnly();
        CountDownLatch edited = new CountDownLatch(1);
        onFx(() -> tasks.execute(BackgroundTask.of("Detect", () -> {
            edited.await(10, TimeUnit.SECONDS);
            return "stale suggestions";
        }).onlyLatestOf(detections).onSuccess(events::add)));
        onFx(detections::outdate);
        edited.countDown();
        onFx(() -> tasks.execute(BackgroundTask.of("After", () -> "after").onSuccess(events::add)));
        waitUntil(() -> events.contains("after"));

        assertThat(events).containsExactly("after");
    }

    @Test
    void aTaskCancelledWhileQueuedNeverRunsAndSaysSo() throws Exception {
        CountDownLatch blocker = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        BackgroundTask<String> queued = onFx(() -> {
            tasks.execute(BackgroundTask.of("Long save", () -> blocker.await(10, TimeUnit.SECONDS)));
            return tasks.execute(BackgroundTask.of("Prepare the report", () -> {
                ran.set(true);
                return "report";
            }).onSuccess(events::add).onCancelled(() -> events.add("cancelled")));
        });
        onFx(queued::cancel);
        blocker.countDown();

        waitUntil(() -> events.contains("cancelled"));
        assertThat(ran).isFalse();
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void cancelInterruptsATaskOnItsOwnThreadAndItsProgressIsSeenOnTheFxThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        BackgroundTask<String> render = onFx(() -> tasks.execute(BackgroundTask.<String>withProgress("Export", progress -> {
            progress.update(0.25, "Laying out pages");
            started.countDown();
            new CountDownLatch(1).await(); // until interrupted
            return "written";
        }).onOwnThread().onSuccess(events::add).onFailure(f -> events.add("failed")).onCancelled(() -> events.add("cancelled"))));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> render.progressProperty().get() == 0.25);
        assertThat(render.messageProperty().get()).isEqualTo("Laying out pages");
        assertThat(onFx(() -> tasks.running().contains(render))).isTrue();

        onFx(render::cancel);

        waitUntil(() -> events.contains("cancelled"));
        assertThat(events).containsExactly("cancelled");
        assertThat(onFx(() -> tasks.running().isEmpty())).isTrue();
        // The pool thread that ran it is not left interrupted for the next task.
        onFx(() -> tasks.execute(BackgroundTask.of("Next", () -> Thread.currentThread().isInterrupted() ? "interrupted" : "clean")
                .onOwnThread().onSuccess(events::add)));
        waitUntil(() -> events.size() == 2);
        assertThat(events).containsExactly("cancelled", "clean");
    }

    @Test
    void aFailureFromOutsideAnyTaskReachesTheUserLikeATasksFailure() throws Exception {
        AtomicBoolean onFxThread = new AtomicBoolean();
        tasks.setDefaultFailureHandler((title, failure) -> {
            onFxThread.set(javafx.application.Platform.isFxApplicationThread());
            events.add(title + ": " + failure.getMessage());
        });

        Thread flusher = new Thread(() -> tasks.reportFailure("Sync the workspace to the disk", new IOException("disk full")));
        flusher.start();
        flusher.join();

        waitUntil(() -> events.size() == 1);
        assertThat(events).containsExactly("Sync the workspace to the disk: disk full");
        assertThat(onFxThread).isTrue();
    }

    /**
     * Background work (detection) lowers its own thread's priority once the part the checker waits for
     * is done (ADR 0115): it keeps that lower priority, and the next background task, the worker and
     * own-thread tasks do not inherit it. The nice value is the kernel's own record of the thread
     * ({@code /proc/thread-self/stat}).
     */
    @Test
    void aBackgroundTaskLowersOnlyItsOwnThread() throws Exception {
        List<String> nice = new CopyOnWriteArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        onFx(() -> tasks.execute(BackgroundTask.of("Detect", () -> {
            int before = niceOfThisThread();
            boolean lowered = org.checkbench.service.BackgroundPriority.lowerCurrentThread();
            return before + " " + lowered + " " + niceOfThisThread();
        }).inBackground().onSuccess(n -> { nice.add("lowered: " + n); first.countDown(); })));
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch rest = new CountDownLatch(3);
        onFx(() -> {
            tasks.execute(BackgroundTask.of("Detect again", TaskExecutorTest::niceOfThisThread).inBackground()
                    .onSuccess(n -> { nice.add("next background " + n); rest.countDown(); }));
            tasks.execute(BackgroundTask.of("Save", TaskExecutorTest::niceOfThisThread)
                    .onSuccess(n -> { nice.add("worker " + n); rest.countDown(); }));
            tasks.execute(BackgroundTask.of("Render", TaskExecutorTest::niceOfThisThread).onOwnThread()
                    .onSuccess(n -> { nice.add("own " + n); rest.countDown(); }));
        });
        assertThat(rest.await(10, TimeUnit.SECONDS)).isTrue();

        int base = niceOfThisThread();
        int lowered = Math.max(base, org.checkbench.service.BackgroundPriority.NICE);
        assertThat(nice).containsExactlyInAnyOrder("lowered: " + base + " true " + lowered,
                "next background " + base, "worker " + base, "own " + base);
    }

    /** Field 19 of /proc/thread-self/stat, after the command name in parentheses. */
    private static int niceOfThisThread() throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
