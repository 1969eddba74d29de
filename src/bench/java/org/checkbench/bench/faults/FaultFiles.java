package org.checkbench.bench.faults;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Tidying the fault-injection commands' temporary folders. */
final class FaultFiles {

    private FaultFiles() {
    }

    /** The start of a command running Checkbench's main class in a child JVM like this one, with these JVM options. */
    static java.util.List<String> checkbenchCommand(String... jvmOptions) {
        return javaCommand("org.checkbench.Main", jvmOptions);
    }

    /** The start of a command running {@code mainClass} in a child JVM with this one's class path. */
    static java.util.List<String> javaCommand(String mainClass, String... jvmOptions) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(jvmOptions));
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    /** Deletes a folder and everything in it, links not followed; best effort. */
    static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A temporary folder; the OS clears it eventually.
        }
    }
}
