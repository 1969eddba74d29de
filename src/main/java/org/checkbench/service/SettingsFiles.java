package org.checkbench.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The small lists kept in the data folder (recent workspaces, last viewed articles). */
final class SettingsFiles {

    private SettingsFiles() {
    }

    /**
     * Replaces {@code file} with {@code text} in one move, so a crash leaves the old list or the new,
     * never half of one. A failure is ignored: these lists are a convenience, and a read-only data
     * folder must not stop the work.
     */
    static void replaceQuietly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName() + "-", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // See above: the list stays as it was.
        }
    }
}
