package org.checkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The JIT's compiler threads are lowered below the FX thread, and only they (ADR 0181). The nice value
 * is the kernel's own record of each thread ({@code /proc/self/task/N/stat}).
 */
class CompilerThreadPriorityTest {

    @Test
    void theCompilerThreadsAndNoOthersRunAtTheLowerPriority() throws IOException {
        Map<String, Integer> before = niceOfEveryThread();
        assertThat(before.keySet()).as("this JVM's compiler threads").anyMatch(CompilerThreadPriorityTest::isCompiler);

        int lowered = CompilerThreadPriority.lowerCompilerThreads(CompilerThreadPriority.NICE);

        Map<String, Integer> after = niceOfEveryThread();
        assertThat(lowered).isEqualTo(after.keySet().stream().filter(CompilerThreadPriorityTest::isCompiler).count());
        after.forEach((thread, nice) -> {
            if (isCompiler(thread)) {
                assertThat(nice).as(thread).isEqualTo(Math.max(before.get(thread), CompilerThreadPriority.NICE));
            } else if (before.containsKey(thread)) {
                assertThat(nice).as(thread).isEqualTo(before.get(thread));
            }
        });
    }

    @Test
    void aThreadAlreadyLowerIsNotRaised() throws Exception {
        int[] nice = new int[2];
        Thread thread = new Thread(() -> {
            try {
                BackgroundPriority.lowerCurrentThread();
                nice[0] = niceOf(Path.of("/proc/thread-self"));
                BackgroundPriority.lowerThread(Integer.parseInt(Path.of("/proc/thread-self").toRealPath().getFileName().toString()),
                        BackgroundPriority.NICE - 5);
                nice[1] = niceOf(Path.of("/proc/thread-self"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        thread.start();
        thread.join();

        assertThat(nice[0]).isGreaterThanOrEqualTo(BackgroundPriority.NICE);
        assertThat(nice[1]).isEqualTo(nice[0]);
    }

    private static boolean isCompiler(String thread) {
        return thread.contains("CompilerThre");
    }

    /** Each thread of this process by "id name", with its nice value. */
    private static Map<String, Integer> niceOfEveryThread() throws IOException {
        Map<String, Integer> nice = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    nice.put(task.getFileName() + " " + Files.readString(task.resolve("comm")).strip(), niceOf(task));
                } catch (IOException ended) {
                    // the thread ended while we looked
                }
            }
        }
        return nice;
    }

    /** Field 19 of stat, counted after the command name in parentheses (which may hold spaces). */
    private static int niceOf(Path task) throws IOException {
        String stat = Files.readString(task.resolve("stat"));
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
