package org.checkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The article last shown in the window, per workspace, so a restart opens the article the checker
 * was reading rather than the one changed last (issue 14). A small text file in the data folder
 * (id, tab, workspace path, one a line), like {@link RecentWorkspaces}: it is this user's view of
 * the work, not part of it, and tests pointing {@code checkbench.data.dir} elsewhere never touch it.
 */
public final class LastViewedArticles {

    private static final int MAX_ENTRIES = 50;

    private final Path listFile;

    public LastViewedArticles(AppDirectories directories) {
        this.listFile = directories.dataDirectory().resolve("last-viewed-articles.txt");
    }

    /** The article last shown from this workspace, if any was remembered. */
    public synchronized OptionalLong of(Path workspace) {
        Long id = read().get(key(workspace));
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    /** Remembers the article shown; failing to write never fails the showing. */
    public synchronized void viewed(Path workspace, long articleId) {
        Map<String, Long> entries = read();
        String key = key(workspace);
        if (Long.valueOf(articleId).equals(entries.get(key))) {
            return;
        }
        entries.remove(key);
        Map<String, Long> newestFirst = new LinkedHashMap<>();
        newestFirst.put(key, articleId);
        entries.forEach((path, id) -> {
            if (newestFirst.size() < MAX_ENTRIES) {
                newestFirst.put(path, id);
            }
        });
        write(newestFirst);
    }

    private static String key(Path workspace) {
        return workspace.toAbsolutePath().normalize().toString();
    }

    private Map<String, Long> read() {
        Map<String, Long> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(listFile)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(listFile, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    try {
                        entries.putIfAbsent(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
                    } catch (NumberFormatException ignored) {
                        // A damaged line: skip it rather than lose the rest.
                    }
                }
            }
        } catch (IOException ignored) {
            // Unreadable: the most recently changed article opens instead, as before.
        }
        return entries;
    }

    private void write(Map<String, Long> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((path, id) -> text.append(id).append('\t').append(path).append('\n'));
        SettingsFiles.replaceQuietly(listFile, text.toString());
    }
}
