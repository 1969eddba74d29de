package org.checkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A checkpoint that fails in the background is reported, never dropped; the next commit tries again. */
class WalFlusherTest {

    private static final Path FILE = Path.of("/tmp/desk/work.checkbench");

    @Test
    void aFailedBackgroundCheckpointReachesTheListenerWithWhatToDo() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch retried = new CountDownLatch(1);
        Runnable checkpoint = () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new WorkspaceException(WorkspaceException.Kind.DISK_FULL, FILE, "The disk is full.",
                        "Free some space.", null);
            }
            retried.countDown();
        };
        CopyOnWriteArrayList<WorkspaceException> reported = new CopyOnWriteArrayList<>();
        CountDownLatch heard = new CountDownLatch(1);
        try (WalFlusher flusher = new WalFlusher(FILE, checkpoint)) {
            flusher.onBackgroundFailure(failure -> {
                reported.add(failure);
                heard.countDown();
            });

            flusher.requestFlush();
            assertThat(heard.await(5, TimeUnit.SECONDS)).as("the failure was reported").isTrue();
            flusher.requestFlush();
            assertThat(retried.await(5, TimeUnit.SECONDS)).as("the next commit tries again").isTrue();
        }

        WorkspaceException failure = reported.get(0);
        assertThat(failure.kind()).isEqualTo(WorkspaceException.Kind.DISK_FULL);
        assertThat(failure.file()).isEqualTo(FILE);
        assertThat(failure.problem()).contains("could not sync the workspace work.checkbench", "The disk is full.");
        assertThat(failure.advice()).contains("Your changes are saved", "power cut", "Ctrl+S");
        assertThat(reported).hasSize(1);
    }

    @Test
    void anUnexpectedFailureIsReportedAsAnIoProblemAndCtrlSStillThrows() throws Exception {
        CopyOnWriteArrayList<WorkspaceException> reported = new CopyOnWriteArrayList<>();
        CountDownLatch heard = new CountDownLatch(1);
        try (WalFlusher flusher = new WalFlusher(FILE, () -> {
            throw new IllegalStateException("database is locked");
        })) {
            flusher.onBackgroundFailure(failure -> {
                reported.add(failure);
                heard.countDown();
            });
            flusher.requestFlush();
            assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(flusher::flushNow).hasMessageContaining("database is locked");
        }
        assertThat(reported.get(0).kind()).isEqualTo(WorkspaceException.Kind.IO_ERROR);
        assertThat(reported.get(0).problem()).contains("database is locked");
    }
}
