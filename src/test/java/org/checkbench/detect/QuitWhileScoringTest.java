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

import org.junit.jupiter.api.Test;

/**
 * Quitting while the encoder scores a long article ends the process normally. It once died in
 * ONNX Runtime's native code (SIGSEGV, exit 134) when the JVM exited under a batch in flight.
 */
class QuitWhileScoringTest {

    @Test
    void theProcessEndsCleanlyWhenItExitsInTheMiddleOfABatch() throws Exception {
        for (int trial = 0; trial < 3; trial++) {
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ScoreThenExit.class.getName()).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
            assertThat(output).as("it was scoring when it quit").contains("scoring");
            assertThat(child.exitValue()).as("exit code, trial %d; output %s", trial, output).isZero();
        }
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
            System.exit(0);
        }
    }
}
