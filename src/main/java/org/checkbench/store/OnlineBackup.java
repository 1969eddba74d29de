package org.checkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.checkbench.io.IoErrors;

/**
 * SQLite's online backup (sqlite-jdbc's {@code backup to FILE} statement): a consistent copy even
 * while the workspace is in use. The copy is written under a plain temporary name in the target
 * folder and then moved into place, so a half-written backup never carries the name the user
 * chose, and no quoting of odd file names is needed.
 */
final class OnlineBackup {

    private OnlineBackup() {
    }

    static void copy(Connection source, Path sourceFile, Path target) {
        Path absoluteTarget = target.toAbsolutePath().normalize();
        Path folder = absoluteTarget.getParent();
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "checkbench-backup-", ".tmp");
            Files.delete(temporary); // SQLite creates it afresh
        } catch (IOException e) {
            throw backupFailed(absoluteTarget, e);
        }
        String quoted = quoteForBackupCommand(temporary.toString());
        if (quoted == null) {
            throw WorkspaceException.ioError(absoluteTarget, Phase.BACKUP,
                    "the backup folder's path contains both kinds of quote mark, which SQLite's backup command cannot take", null);
        }
        try (Statement statement = source.createStatement()) {
            statement.executeUpdate("backup to " + quoted);
            Files.move(temporary, absoluteTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(temporary);
            throw SqlErrors.translate(absoluteTarget, e, Phase.BACKUP);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw backupFailed(absoluteTarget, e);
        }
    }

    private static WorkspaceException backupFailed(Path target, IOException e) {
        return IoErrors.isDiskFull(e) ? WorkspaceException.diskFull(target, Phase.BACKUP, e)
                : WorkspaceException.ioError(target, Phase.BACKUP, IoErrors.describe(e), e);
    }

    /** sqlite-jdbc takes the file name bare, in double or in single quotes; none allows escapes. */
    static String quoteForBackupCommand(String path) {
        if (!path.contains("\"")) {
            return "\"" + path + "\"";
        }
        if (!path.contains("'")) {
            return "'" + path + "'";
        }
        return null;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stray temporary file is better than hiding the original error.
        }
    }
}
