package org.checkbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.checkbench.service.ProcessEnd;
import org.junit.jupiter.api.Test;

/**
 * Quitting while the encoder scores a long article, or while it loads, ends the process normally.
 * It died in ONNX Runtime's native code (SIGSEGV, exit 134) when the JVM exited under a batch in
 * flight, and when the window quit right after its first screen while the encoder loaded: ONNX
 * Runtime's own shutdown hook released its environment beside ours. The children end the way the
 * program does ({@link ProcessEnd}).
 */
class QuitWhileScoringTest {

    @Test
    void theProcessEndsCleanlyWhenItExitsInTheMiddleOfABatch() throws Exception {
        for (int trial = 0; trial < 3; trial++) {
            List<String> output = new ArrayList<>();
            int exit = runChild(output, ScoreThenExit.class.getName());
            assertThat(output).as("it was scoring when it quit").contains("scoring");
            assertThat(exit).as("exit code, trial %d; output %s", trial, output).isZero();
        }
    }

    @Test
    void theProcessEndsCleanlyWhenItExitsWhileTheEncoderLoads() throws Exception {
        // Loading takes about half a second here: quitting at these moments meets it at different steps.
        for (String afterMillis : List.of("0", "150", "400")) {
            List<String> output = new ArrayList<>();
            int exit = runChild(output, LoadThenExit.class.getName(), afterMillis);
            assertThat(output).as("it had started loading").contains("loading");
            assertThat(exit).as("exit code after %s ms; output %s", afterMillis, output).isZero();
        }
    }

    private static int runChild(List<String> output, String... mainAndArgs) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
            }
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return child.exitValue();
    }

    /** Starts scoring many sentences on a daemon thread and exits as soon as the first batch is in. */
    public static final class ScoreThenExit {
        public static void main(String[] args) throws Exception {
            EncoderModel model = EncoderModel.loadShipped(64);
            List<String> sentences = new ArrayList<>(Collections.nCopies(4_000,
                    "The ministry said unemployment fell to 4.2 percent in March, the lowest in a decade."));
            CountDownLatch firstBatch = new CountDownLatch(1);
            Thread scoring = new Thread(() -> model.score(sentences, (which, p) -> firstBatch.countDown(),
                    () -> EncoderModel.MAX_LANES), "scoring");
            scoring.setDaemon(true);
            scoring.start();
            firstBatch.await();
            System.out.println("scoring");
            System.out.flush();
            ProcessEnd.exit(0);
        }
    }

    /** Starts loading the encoder on a daemon thread, as the window does, and exits after the given pause. */
    public static final class LoadThenExit {
        public static void main(String[] args) throws Exception {
            Thread loading = new Thread(() -> EncoderModel.loadShipped(64), "loading");
            loading.setDaemon(true);
            loading.start();
            System.out.println("loading");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[0]));
            ProcessEnd.exit(0);
        }
    }
}
