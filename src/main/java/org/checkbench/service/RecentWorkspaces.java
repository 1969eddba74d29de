package org.checkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspaces opened lately, newest first, in a small text file in the data folder (one path a
 * line). A file rather than java.util.prefs: it follows the data folder, so tests pointing
 * {@code checkbench.data.dir} at a temporary folder never write into the user's real settings.
 */
public final class RecentWorkspaces {

    public static final int MAX_ENTRIES = 10;

    private final Path listFile;

    public RecentWorkspaces(AppDirectories directories) {
        this.listFile = directories.dataDirectory().resolve("recent-workspaces.txt");
    }

    /** The list, newest first; a missing or unreadable list is simply empty. */
    public synchronized List<Path> list() {
        if (!Files.isRegularFile(listFile)) {
            return List.of();
        }
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        paths.add(Path.of(line.strip()));
                    } catch (InvalidPathException ignored) {
                        // A line from another OS or a hand edit: skip it rather than lose the rest.
                    }
                }
            }
            return List.copyOf(paths);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Puts a workspace at the top of the list. Failing to save the list never fails an open. */
    public synchronized void add(Path workspace) {
        Path normalized = workspace.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(normalized);
        paths.add(0, normalized);
        write(paths.subList(0, Math.min(paths.size(), MAX_ENTRIES)));
    }

    public synchronized void remove(Path workspace) {
        List<Path> paths = new ArrayList<>(list());
        if (paths.remove(workspace.toAbsolutePath().normalize())) {
            write(paths);
        }
    }

    private void write(List<Path> paths) {
        StringBuilder text = new StringBuilder();
        paths.forEach(path -> text.append(path).append('\n'));
        SettingsFiles.replaceQuietly(listFile, text.toString());
    }

}
