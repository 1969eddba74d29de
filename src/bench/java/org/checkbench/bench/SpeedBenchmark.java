package org.checkbench.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checkbench-bench speed}: the speed a checker feels, in one run (issue 18). Launch: a bare
 * JavaFX window (text area + list, {@link BareWindow}) and Checkbench are started in turn, several
 * times each, with the same JVM options, and timed from starting the process until their first
 * screen is up; the ratio is printed. Then typing and memory: the window on a 1 MB article with
 * 2,000 claims ({@link EditorBenchmark}, in a process of its own with the shipped options), 400 keys
 * including the first 50, the FX thread's busy time per key, the highlight checked after typing and
 * the process's resident memory. Needs a display (xvfb-run -a ...). Prints figures, never a verdict.
 */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = {"Launch a bare JavaFX window and Checkbench side by side, then type into a 1 MB article;"
            + " print launch times and their ratio, keystroke times and resident memory.",
            "Needs a display (xvfb-run -a java -jar target/checkbench-bench.jar speed)."})
final class SpeedBenchmark implements Callable<Integer> {

    @Option(names = "--launches", defaultValue = "5", description = "Timed launches of each side (default: ${DEFAULT-VALUE}).")
    int launches;

    @Option(names = "--app-image", paramLabel = "DIR",
            description = "Also launch this installed app image (target/installer/image/Checkbench), with its own"
                    + " options and class-data archive.")
    Path appImage;

    @Option(names = "--no-typing", description = "Only the launches.")
    boolean noTyping;

    @Option(names = "--no-launch", description = "Only typing and memory.")
    boolean noLaunch;

    @Option(names = "--idle-seconds", defaultValue = "0",
            description = "After typing, leave the window idle this long and print its memory again (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--key-detail", description = "Print the 25 slowest keys, not 8, and every line of the typing run (see editor --key-detail).")
    boolean keyDetail;

    private final String java = ProcessHandle.current().info().command().orElse("java");
    /** Absolute: the launched processes run in the scratch folder (a crash report lands there, not in the project). */
    private final String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    private Path scratch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> options = ShippedOptions.read();
        scratch = Files.createTempDirectory("checkbench-speed-");
        System.out.printf(Locale.ROOT, "JVM %s, %d processors; shipped options: %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), String.join(" ", options));
        if (!noLaunch) {
            launches(options);
        }
        if (!noTyping) {
            typing(options);
        }
        return 0;
    }

    private void launches(List<String> options) throws IOException, InterruptedException {
        Path workspace = scratch.resolve("launch.checkbench");
        List<Side> sides = new ArrayList<>();
        sides.add(new Side("bare JavaFX window (text area + list)",
                command(options, List.of("org.checkbench.bench.BareWindow"))));
        sides.add(new Side("Checkbench, jar (mvn javafx:run's options)",
                command(options, List.of("org.checkbench.Main", "--startup-benchmark", "--workspace", workspace.toString()))));
        if (appImage != null) {
            Path image = appImage.toAbsolutePath();
            Path launcher = image.resolve("bin").resolve(image.getFileName().toString());
            sides.add(new Side("Checkbench, app image " + appImage + " (its launcher, options and archive)",
                    List.of(launcher.toString(), "--startup-benchmark", "--workspace", workspace.toString())));
            printRuntimes(image);
        }
        System.out.printf(Locale.ROOT, "load before launches: %s%n", load());
        // One untimed start of each: files into the page cache, the workspace made with its sample.
        for (Side side : sides) {
            side.launchOnce();
        }
        for (Side side : sides) {
            side.recording = true;
        }
        for (int round = 0; round < launches; round++) {
            for (Side side : sides) {
                side.times.add(side.launchOnce());
            }
        }
        System.out.printf(Locale.ROOT, "load after launches: %s%n", load());
        double bare = sides.get(0).median();
        for (Side side : sides) {
            System.out.printf(Locale.ROOT, "launch to first screen, %s: median %.0f ms, min %.0f, max %.0f (%d launches)"
                    + "%s; process CPU until then: median %.0f ms%s%n", side.name, side.median(), side.min(), side.max(),
                    side.times.size(),
                    side == sides.get(0) ? "" : String.format(Locale.ROOT, "; %.2f x the bare window", side.median() / bare),
                    side.medianCpu(),
                    side == sides.get(0) ? "" : String.format(Locale.ROOT, " (%.2f x)", side.medianCpu() / sides.get(0).medianCpu()));
        }
    }

    /**
     * The bare window runs on this benchmark's JVM and the app image on the runtime it was built with
     * (a JDK 25 build ships an AOT cache, a JDK 17 build a static archive: ADR 0169); a ratio means
     * most when both are the same Java, so say which they are.
     */
    private static void printRuntimes(Path image) throws IOException {
        String imageJava = "unknown";
        for (Path release : List.of(image.resolve("lib/runtime/release"), image.resolve("runtime/release"))) {
            if (Files.isRegularFile(release)) {
                imageJava = Files.readAllLines(release, StandardCharsets.UTF_8).stream()
                        .filter(line -> line.startsWith("JAVA_VERSION="))
                        .map(line -> line.substring("JAVA_VERSION=".length()).replace("\"", ""))
                        .findFirst().orElse(imageJava);
                break;
            }
        }
        String benchJava = System.getProperty("java.version");
        System.out.printf(Locale.ROOT, "bare window and jar on Java %s; app image on Java %s%s%n", benchJava, imageJava,
                imageJava.equals(benchJava) ? "" : " (run this benchmark with the JDK that built the image for a like-for-like ratio)");
    }

    private void typing(List<String> options) throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "load before typing: %s%n", load());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(isolation());
        // What the JVM itself holds, by kind, beside the resident total (costs a few MB itself).
        command.add("-XX:NativeMemoryTracking=summary");
        command.addAll(List.of("-cp", classPath, "org.checkbench.bench.BenchMain", "editor",
                "--idle-seconds", String.valueOf(idleSeconds)));
        if (keyDetail) {
            command.add("--key-detail");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(scratch.toFile());
        builder.environment().put("XDG_DATA_HOME", scratch.resolve("data").toString());
        Process process = builder.start();
        try (BufferedReader lines = reader(process.getInputStream())) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (keyDetail || line.matches("^(open|article|keystroke|highlight|saving|memory|collections|allocated|FX thread allocated).*")) {
                    System.out.println("typing: " + line);
                }
            }
        }
        int exit = process.waitFor();
        System.out.printf(Locale.ROOT, "load after typing: %s%s%n", load(), exit == 0 ? "" : " (the window exited with " + exit + ")");
    }

    private List<String> command(List<String> options, List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(isolation());
        command.addAll(List.of("-cp", classPath));
        command.addAll(mainAndArgs);
        return command;
    }

    /** Window sizes and recent files in the run's own folder, never the user's. */
    private List<String> isolation() {
        return List.of("-Djava.util.prefs.userRoot=" + scratch.resolve("prefs"), "-Dfile.encoding=UTF-8");
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** One thing to launch, and its timings. */
    private final class Side {
        final String name;
        final List<String> command;
        final List<Double> times = new ArrayList<>();
        /** CPU seconds the process had used when it said so: what the launch costs whatever the machine's load. */
        final List<Double> cpu = new ArrayList<>();

        Side(String name, List<String> command) {
            this.name = name;
            this.command = command;
        }

        /** Milliseconds from starting the process until it says its first screen is up. */
        double launchOnce() throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(scratch.toFile());
            builder.environment().put("XDG_DATA_HOME", scratch.resolve("data").toString());
            long start = System.nanoTime();
            Process process = builder.start();
            double shownAfter = -1;
            StringBuilder said = new StringBuilder();
            try (BufferedReader lines = reader(process.getInputStream())) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (shownAfter < 0 && line.startsWith(BareWindow.SHOWN)) {
                        shownAfter = (System.nanoTime() - start) / 1e6;
                        lastCpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(-1.0);
                    } else if (said.length() < 4000) {
                        said.append(line).append('\n');
                    }
                }
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            if (recording) {
                cpu.add(lastCpu);
            }
            if (shownAfter < 0) {
                throw new IOException(name + " never said its screen was up; it printed:\n" + said);
            }
            return shownAfter;
        }

        private double lastCpu;
        private boolean recording;

        double median() {
            return median(times);
        }

        double medianCpu() {
            return median(cpu);
        }

        private double median(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }

        double min() {
            return times.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }

        double max() {
            return times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** The shipped JVM options, from the file the installer and pom.xml take them from. */
    static final class ShippedOptions {
        static final String RESOURCE = "/org/checkbench/jvm-options.txt";

        private ShippedOptions() {
        }

        static List<String> read() throws IOException {
            try (InputStream in = SpeedBenchmark.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " is missing from checkbench.jar");
                }
                return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            }
        }
    }
}
