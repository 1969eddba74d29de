package org.checkbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The window runs with one set of JVM options wherever it starts: the installed launcher
 * (installer/build.sh reads jvm-options.txt), {@code mvn javafx:run} (pom.xml, which cannot read a
 * file, repeats them) and both sides of {@code checkbench-bench speed}.
 */
class JvmOptionsTest {

    @Test
    void mavenRunsTheWindowWithTheShippedOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>",
                Pattern.DOTALL).matcher(pom);
        assertThat(plugin.find()).as("javafx-maven-plugin's <options> in pom.xml").isTrue();
        List<String> fromPom = new ArrayList<>();
        Matcher option = Pattern.compile("<option>(.*?)</option>").matcher(plugin.group(1));
        while (option.find()) {
            fromPom.add(option.group(1).strip());
        }

        assertThat(fromPom).containsExactlyElementsOf(SpeedBenchmark.ShippedOptions.read());
    }

    @Test
    void theInstallerReadsTheShippedOptions() throws IOException {
        String build = Files.readString(Path.of("installer/build.sh"));

        assertThat(build).contains("src/main/resources/org/checkbench/jvm-options.txt");
        assertThat(SpeedBenchmark.ShippedOptions.read()).contains("-XX:+UseSerialGC").noneMatch(o -> o.startsWith("#"));
    }
}
