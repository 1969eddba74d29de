package org.checkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.checkbench.cli.CliErrors;

import picocli.CommandLine;

/**
 * Runs {@code report} inside a built app image, as its launcher starts the app: the image's own
 * runtime (jlink leaves it no {@code java} command), its options and its launch cache (ADR 0168).
 * A second launcher, copied beside a symlink to the image's runtime, reads a configuration that is
 * the image's own with this jar appended to the class path and this class as the main class; the
 * image's jars keep their paths, so an AOT cache made for them still matches.
 */
public final class AppImageReportRun {

    /** The probe's launcher and configuration name (a jpackage launcher reads the .cfg of its own name). */
    private static final String LAUNCHER = "checkbench-report-bench";

    /** The line the JVM logs when the AOT cache's classes are in use ({@code -Xlog:aot}). */
    private static final String AOT_USED = "Using AOT-linked classes: true";

    private AppImageReportRun() {
    }

    /** Inside the image: the report benchmark alone (picocli reads no other benchmark's classes). */
    public static void main(String[] args) {
        org.checkbench.service.ProcessEnd.exit(
                CliErrors.installOn(new CommandLine(new ReportBenchCommand())).execute(args));
    }

    /**
     * Runs {@code report ARGS} in {@code image} (the folder holding {@code bin/} and {@code lib/}),
     * printing its output as it comes, then what the JVM said of the launch cache. {@code withCache}
     * false starts the same image without it ({@code -Xshare:off}, which on JDK 25 also leaves an AOT cache out), so the
     * cache's share shows; {@code javaOptions} go after the image's own. Returns the process's exit code.
     */
    static int run(Path image, boolean withCache, List<String> javaOptions, List<String> args) throws IOException, InterruptedException {
        Path appDir = image.resolve("lib/app").toAbsolutePath();
        Path imageConfig = appDir.resolve(image.getFileName() + ".cfg");
        if (!Files.isRegularFile(imageConfig)) {
            throw new IllegalArgumentException("No launcher configuration at " + imageConfig
                    + ": --app-image takes the image folder, e.g. target/inst25/image/Checkbench");
        }
        Path probe = Files.createTempDirectory("checkbench-image-report");
        try {
            Path log = probe.resolve("launch-cache.log");
            writeLauncher(image.toAbsolutePath(), probe, imageConfig, appDir, withCache, javaOptions, log);
            List<String> command = new ArrayList<>();
            command.add(probe.resolve("bin/" + LAUNCHER).toString());
            command.addAll(args);
            Process process = new ProcessBuilder(command).inheritIO().start();
            int code = process.waitFor();
            System.out.println("Launch cache in the image: " + cacheVerdict(imageConfig, withCache, log)
                    + (javaOptions.isEmpty() ? "" : "; more options: " + String.join(" ", javaOptions)));
            return code;
        } finally {
            deleteTree(probe);
        }
    }

    private static void writeLauncher(Path image, Path probe, Path imageConfig, Path appDir, boolean withCache,
            List<String> javaOptions, Path log) throws IOException {
        Files.createDirectories(probe.resolve("bin"));
        Files.copy(image.resolve("bin/" + image.getFileName()), probe.resolve("bin/" + LAUNCHER),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(probe.resolve("lib/app"));
        try (Stream<Path> entries = Files.list(image.resolve("lib"))) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("app")) {
                    Files.createSymbolicLink(probe.resolve("lib").resolve(entry.getFileName()), entry);
                }
            }
        }
        String benchJar = Path.of(AppImageReportRun.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).toAbsolutePath().toString();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(imageConfig, StandardCharsets.UTF_8)) {
            String absolute = line.replace("$APPDIR", appDir.toString());
            if (absolute.startsWith("app.mainclass=")) {
                absolute = "app.mainclass=" + AppImageReportRun.class.getName();
            } else if (!withCache && (absolute.contains("-XX:AOTCache=") || absolute.contains("-XX:SharedArchiveFile="))) {
                continue;
            }
            lines.add(absolute);
            if (absolute.equals("[JavaOptions]")) {
                // On: refuses to start unless the cache maps and matches, so "used" below is proven.
                lines.addAll(withCache
                        ? List.of("java-options=" + cacheMode(imageConfig), "java-options=-Xlog:aot,cds:file=" + log)
                        : List.of("java-options=-Xshare:off"));
            }
        }
        if (!lines.contains("[JavaOptions]")) {
            lines.add("[JavaOptions]");
        }
        int javaOptionsEnd = lines.indexOf("[JavaOptions]") + 1;
        while (javaOptionsEnd < lines.size() && !lines.get(javaOptionsEnd).startsWith("[")) {
            javaOptionsEnd++;
        }
        for (String option : javaOptions) {
            lines.add(javaOptionsEnd++, "java-options=" + option);
        }
        lines.add(lines.indexOf("[JavaOptions]"), "app.classpath=" + benchJar);
        Files.write(probe.resolve("lib/app/" + LAUNCHER + ".cfg"), lines, StandardCharsets.UTF_8);
    }

    /** An AOT cache is proven with {@code -XX:AOTMode=on}, a static archive with {@code -Xshare:on}. */
    private static String cacheMode(Path imageConfig) throws IOException {
        return Files.readString(imageConfig).contains("-XX:AOTCache=") ? "-XX:AOTMode=on" : "-Xshare:on";
    }

    private static String cacheVerdict(Path imageConfig, boolean withCache, Path log) throws IOException {
        if (!withCache) {
            return "not used (asked: -Xshare:off)";
        }
        String mode = cacheMode(imageConfig);
        String said = Files.exists(log) ? Files.readString(log) : "";
        if (mode.equals("-XX:AOTMode=on")) {
            return said.contains(AOT_USED) ? "AOT cache used (" + AOT_USED + ", started with -XX:AOTMode=on)"
                    : "AOT cache NOT confirmed: the JVM's log has no \"" + AOT_USED + "\"";
        }
        return "static archive required (-Xshare:on); the run above would have failed without it";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
