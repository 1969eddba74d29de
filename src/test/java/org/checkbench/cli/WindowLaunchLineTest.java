package org.checkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.checkbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A launch that only asks for the window skips building picocli's command tree (issue 18); it must
 * still fail the way every command does, and anything else still goes through picocli.
 */
class WindowLaunchLineTest {

    @TempDir
    Path folder;

    @Test
    void withoutADisplayTheWindowLaunchSaysSoWithItsOwnExitCode() throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dcheckbench.data.dir=" + folder, Main.class.getName(),
                "--workspace", folder.resolve("w.checkbench").toString()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Path errors = folder.resolve("err.txt");
        Process child = builder.redirectError(errors.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).isEqualTo(ExitCodes.NO_DISPLAY);
        assertThat(read(errors)).contains("no graphical display").doesNotContain("at org.checkbench");
    }

    @Test
    void onlyTheWindowsOwnOptionsTakeTheShortWay() {
        assertThat(Main.windowOnly(new String[0])).isNotNull();
        assertThat(Main.windowOnly(new String[] {"--startup-benchmark", "--workspace", "w.checkbench"})).isNotNull();
        assertThat(Main.windowOnly(new String[] {"--workspace"})).as("missing value: picocli says so").isNull();
        assertThat(Main.windowOnly(new String[] {"--version"})).isNull();
        assertThat(Main.windowOnly(new String[] {"report", "--workspace", "w.checkbench"})).isNull();
        assertThat(Main.windowOnly(new String[] {"draft.docx"})).as("a file goes through picocli").isNull();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
